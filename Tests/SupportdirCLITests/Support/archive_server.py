"""A tiny HTTP server for the `supportdir update` tests, on 127.0.0.1 only.

    python3 archive_server.py FOLDER

Prints the port it listens on, then serves FOLDER/PATH for GET /PATH (never outside FOLDER), except:
  /truncated/NAME   announces the full Content-Length, sends half, closes
  /cut/NAME         sends half without a Content-Length (the end of the body is the close)
  /hang             reads the request and never answers
Runs until killed.
"""
import http.server
import os
import signal
import socketserver
import sys
import time

# The test runner may start us with SIGTERM blocked; take the default back.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])

FOLDER = sys.argv[1]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.lstrip("/")
        if path == "hang":
            time.sleep(120)
            return
        mode = None
        for prefix in ("truncated/", "cut/"):
            if path.startswith(prefix):
                mode, path = prefix[:-1], path[len(prefix):]
        root = os.path.realpath(FOLDER)
        file = os.path.realpath(os.path.join(root, path))
        if not file.startswith(root + os.sep) or not os.path.isfile(file):
            self.send_error(404)
            return
        with open(file, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if mode != "cut":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body if mode is None else body[: len(body) // 2])
        self.wfile.flush()


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


with Server(("127.0.0.1", 0), Handler) as server:
    print(server.server_address[1], flush=True)
    server.serve_forever()
