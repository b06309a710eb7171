/** The error body every service in the specs sends (component schema `ErrorResponse`). */
export interface ErrorBody {
  error_code: string;
  error_msg: string;
}

/** A request the mock refuses, answered with `status` and the services' error body. */
export class MockRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = "MockRequestError";
  }

  toBody(): ErrorBody {
    return { error_code: this.errorCode, error_msg: this.message };
  }
}
