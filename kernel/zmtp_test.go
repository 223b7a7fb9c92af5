package kernel

import (
	"bytes"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
)

// countingConn counts the writes that reach the connection.
type countingConn struct {
	net.Conn
	writes atomic.Int64
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(p)
}

// zmtpPair opens a ZMTP connection whose client side is a zmtpConn over a
// countingConn, and returns both ends.
func zmtpPair(t *testing.T) (client *zmq4.Conn, wire *countingConn, server *zmq4.Conn) {
	t.Helper()
	client, _, wire, server = zmtpPairConn(t)
	return client, wire, server
}

// zmtpPairConn is zmtpPair, and returns the zmtpConn too.
func zmtpPairConn(t *testing.T) (client *zmq4.Conn, zc *zmtpConn, wire *countingConn, server *zmq4.Conn) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	a, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	a.SetDeadline(deadline)
	b.SetDeadline(deadline)
	t.Cleanup(func() { a.Close(); b.Close() })
	wire = &countingConn{Conn: a}
	type opened struct {
		c   *zmq4.Conn
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		c, err := zmq4.Open(b, null.Security(), zmq4.Dealer, zmq4.SocketIdentity("peer"), true, nil)
		ch <- opened{c, err}
	}()
	zc = newZMTPConn(wire)
	client, err = zmq4.Open(zc, null.Security(), zmq4.Router, zmq4.SocketIdentity("kernel"), false, nil)
	if err != nil {
		t.Fatalf("handshake through a zmtpConn: %v", err)
	}
	o := <-ch
	if o.err != nil {
		t.Fatalf("peer handshake: %v", o.err)
	}
	return client, zc, wire, o.c
}

// Messages sent while the connection is held (zmq4's PUB socket holds it
// while it sends the messages queued together: a request's busy status
// and execute_input, say) leave in one write at Flush, and arrive intact
// and in order.
func TestZMTPConnHoldSendsMessagesInOneWrite(t *testing.T) {
	client, zc, wire, peer := zmtpPairConn(t)
	msgs := [][][]byte{
		{[]byte("status"), delimiter, []byte("sig"), []byte("{}"), []byte("{}"), []byte("{}"), []byte(`{"execution_state":"busy"}`)},
		{[]byte("execute_input"), delimiter, []byte("sig"), []byte(strings.Repeat("h", 300)), []byte("{}"), []byte("{}"), []byte(`{"code":"1"}`)},
	}
	before := wire.writes.Load()
	errc := make(chan error, 1)
	go func() {
		zc.Hold()
		for _, frames := range msgs {
			if err := client.SendMsg(zmq4.NewMsgFrom(frames...)); err != nil {
				errc <- err
				return
			}
		}
		errc <- zc.Flush()
	}()
	for i, frames := range msgs {
		got, err := peer.RecvMsg()
		if err != nil {
			t.Fatalf("message %d: receive: %v", i, err)
		}
		if !equalFrames(got.Frames, frames) {
			t.Fatalf("message %d: received %q, sent %q", i, got.Frames, frames)
		}
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if n := wire.writes.Load() - before; n != 1 {
		t.Errorf("two held messages took %d writes, want 1", n)
	}
	// Once flushed, a message leaves at once again.
	before = wire.writes.Load()
	go func() { errc <- client.SendMsg(zmq4.NewMsgFrom(msgs[0]...)) }()
	if _, err := peer.RecvMsg(); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if n := wire.writes.Load() - before; n != 1 {
		t.Errorf("a message after Flush took %d writes, want 1", n)
	}
}

// A Jupyter message (seven frames, one of them longer than 255 bytes)
// leaves in one write, and arrives intact; so does the next one.
func TestZMTPConnWritesAMessageAtOnce(t *testing.T) {
	client, wire, peer := zmtpPair(t)
	for i, frames := range [][][]byte{
		{[]byte("execute_result"), delimiter, []byte(strings.Repeat("a", 64)), []byte(strings.Repeat("h", 300)), []byte("{}"), []byte("{}"), []byte(`{"data":{}}`)},
		{[]byte("status"), delimiter, []byte(""), []byte("{}"), []byte("{}"), []byte("{}"), []byte(`{"execution_state":"idle"}`)},
	} {
		before := wire.writes.Load()
		errc := make(chan error, 1)
		go func() { errc <- client.SendMsg(zmq4.NewMsgFrom(frames...)) }()
		got, err := peer.RecvMsg()
		if err != nil {
			t.Fatalf("message %d: receive: %v", i, err)
		}
		if err := <-errc; err != nil {
			t.Fatalf("message %d: send: %v", i, err)
		}
		if !equalFrames(got.Frames, frames) {
			t.Fatalf("message %d: received %q, sent %q", i, got.Frames, frames)
		}
		if n := wire.writes.Load() - before; n != 1 {
			t.Errorf("message %d of %d frames took %d writes, want 1", i, len(frames), n)
		}
	}
}

// A frame too big to copy is not held: it leaves at once, after what was
// held before it (one writev on a TCP connection, two writes here), and
// the message arrives intact; messages from the peer are read.
func TestZMTPConnBigFramesAndReads(t *testing.T) {
	client, wire, peer := zmtpPair(t)
	big := bytes.Repeat([]byte("x"), 3*bigChunk)
	frames := [][]byte{[]byte("display_data"), delimiter, big, []byte("{}")}
	before := wire.writes.Load()
	errc := make(chan error, 1)
	go func() { errc <- client.SendMsg(zmq4.NewMsgFrom(frames...)) }()
	got, err := peer.RecvMsg()
	if err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if !equalFrames(got.Frames, frames) {
		t.Fatalf("the big message arrived changed")
	}
	if n := wire.writes.Load() - before; n != 3 {
		t.Errorf("a message with a big frame took %d writes, want 3 (held, big frame, rest)", n)
	}
	for i := 0; i < 3; i++ {
		sent := [][]byte{[]byte("<IDS|MSG>"), []byte("sig"), []byte(strings.Repeat("b", 200*i))}
		go func() { errc <- peer.SendMsg(zmq4.NewMsgFrom(sent...)) }()
		got, err := client.RecvMsg()
		if err != nil {
			t.Fatal(err)
		}
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
		if !equalFrames(got.Frames, sent) {
			t.Fatalf("read %q, peer sent %q", got.Frames, sent)
		}
	}
}

// The kernel's sockets listen with the batching transport, and a client
// talks to them (every protocol test does too).
func TestKernelListensWithBatchingTransport(t *testing.T) {
	ci := ConnectionInfo{Transport: "tcp", IP: "127.0.0.1"}
	if ep := ci.zmqEndpoint(5555); ep != "gonotes+tcp://127.0.0.1:5555" {
		t.Fatalf("zmqEndpoint = %q", ep)
	}
	c, _ := startInProcess(t, "key")
	res, err := c.Execute(ctx10(t), "print hi\nvalue 2")
	if err != nil {
		t.Fatal(err)
	}
	if got := types(res.IOPub); strings.Join(got, " ") != "status execute_input stream execute_result status" || !res.Idle {
		t.Errorf("iopub %v (idle seen: %v)", got, res.Idle)
	}
}

func equalFrames(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
