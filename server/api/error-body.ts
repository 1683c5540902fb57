// The JSON body of every error answer (SPEC: `{ error: { code, message, details } }`): written by
// error-handler, read by the viewer's API client.

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}
