module github.com/gonotes/gonotes

go 1.26.0

require (
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/petermattis/goid v0.0.0-20260820044319-269ab09b5261
	github.com/traefik/yaegi v0.16.1
	golang.org/x/image v0.18.0
	golang.org/x/mod v0.43.0
	golang.org/x/sys v0.49.0
	golang.org/x/text v0.16.0
)

require golang.org/x/sync v0.7.0 // indirect

// yaegi v0.16.1 with a small patch (third_party/yaegi/PATCHES.md): stopping
// a run (a hard interrupt) stops only that run's frames, and closures made
// before it keep working.
replace github.com/traefik/yaegi => ./third_party/yaegi

// zmq4 v0.17.0 with a small patch (third_party/zmq4/PATCHES.md): an XPUB
// socket's Recv returns the subscriptions, as libzmq's does, so that the
// kernel can send the iopub welcome message.
replace github.com/go-zeromq/zmq4 => ./third_party/zmq4
