import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP proxy in front of a local server that can be cut and restored, so that a test can make
 * DynamoDB unreachable for real (connection refused) and bring it back with its data intact.
 */
export class NetworkCut {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  private stalled = false;

  constructor(private readonly target: { host: string; port: number }) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    this.stalled = false;
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      client.on("error", () => client.destroy());
      // Stalled: the connection is taken, and nothing ever comes back.
      if (this.stalled) return;
      const upstream = connect(this.target.port, this.target.host);
      this.sockets.add(upstream);
      upstream.on("close", () => this.sockets.delete(upstream));
      upstream.on("error", () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** DynamoDB hangs: open connections are dropped, new ones are accepted and never answered. */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Ends a stall. */
  resume(): void {
    this.stalled = false;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
