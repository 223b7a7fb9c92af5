package multiprocessing

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A client for TestOtherUserRefused: the test binary started as another
// user dials the session with the right key, skipping its own check of
// the listener's user, and prints what happened.
func init() {
	addr := os.Getenv("MP_TEST_FOREIGN_DIAL")
	if addr == "" {
		return
	}
	key, _ := hex.DecodeString(os.Getenv("MP_TEST_FOREIGN_KEY"))
	c, err := net.Dial("unix", addr)
	if err != nil {
		println("dial:", err.Error())
		os.Exit(2)
	}
	if err := answerChallenge(c, key); err != nil {
		println("refused:", err.Error())
		os.Exit(0)
	}
	println("accepted")
	os.Exit(0)
}

// sharedQueue returns a queue of this process holding "secret", exported
// (its owner socket listening), its address and id.
func sharedQueue(t *testing.T) (*Queue, string) {
	t.Helper()
	t.Cleanup(Shutdown)
	q := NewQueue()
	if err := q.Put("secret"); err != nil {
		t.Fatal(err)
	}
	r := q.objref()
	if err := state.export(r); err != nil {
		t.Fatal(err)
	}
	return q, r.addr
}

// watchRefusals records the connections the listener refuses.
func watchRefusals(t *testing.T) <-chan error {
	ch := make(chan error, 16)
	prev := refused
	refused = func(err error) { ch <- err }
	t.Cleanup(func() { refused = prev })
	return ch
}

func waitRefusal(t *testing.T, ch <-chan error) error {
	t.Helper()
	select {
	case err := <-ch:
		return err
	case <-time.After(handshakeTimeout + 5*time.Second):
		t.Fatal("the listener did not refuse the connection")
		return nil
	}
}

// stillHolds checks that nobody took the queue's item.
func stillHolds(t *testing.T, q *Queue) {
	t.Helper()
	v, err := q.GetNowait()
	if err != nil || v != "secret" {
		t.Fatalf("the queue's item: %v, %v (want it still there)", v, err)
	}
}

func TestConnectionWithoutKeyRefused(t *testing.T) {
	refusals := watchRefusals(t)
	q, addr := sharedQueue(t)

	// What any local user could do before: dial and call Get at once.
	c, err := net.Dial("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := &wbuf{}
	w.uvarint(1) // req
	w.varint(1)  // gid
	w.uvarint(q.objref().id)
	w.byte1(qGet)
	timeoutArg(w, 0)
	writeFrame(c, opCall, w.b)
	if err := waitRefusal(t, refusals); !errors.Is(err, errAuth) {
		t.Errorf("refused with %v, want errAuth", err)
	}
	// The connection got a challenge, then the failure, then nothing.
	f, err := readSmallFrame(c)
	if err != nil || f.op != opChallenge {
		t.Fatalf("first frame: %+v, %v (want the challenge)", f, err)
	}
	if f, err = readSmallFrame(c); err != nil || f.op != opFailure {
		t.Fatalf("second frame: %+v, %v (want the failure)", f, err)
	}
	if _, err := readSmallFrame(c); err == nil {
		t.Fatal("the connection stayed open")
	}

	// A client with a wrong key is refused, and learns it.
	c2, err := net.Dial("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if err := authDialed(c2, newKey()); !errors.Is(err, errAuth) {
		t.Errorf("dial with a wrong key: %v, want errAuth", err)
	}
	if err := waitRefusal(t, refusals); !errors.Is(err, errAuth) {
		t.Errorf("refused with %v, want errAuth", err)
	}
	stillHolds(t, q)

	// With the session's key the handshake succeeds both ways.
	c3, err := net.Dial("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	state.mu.Lock()
	key := state.authkey
	state.mu.Unlock()
	if err := authDialed(c3, key); err != nil {
		t.Fatalf("dial with the session's key: %v", err)
	}
}

func TestOtherUserRefused(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("SO_PEERCRED is checked on Linux; elsewhere the socket is a file in a 0700 directory")
	}
	if os.Getuid() != 0 {
		t.Skip("running a client as another user needs root (this test runs as uid " + strconv.Itoa(os.Getuid()) + ")")
	}
	refusals := watchRefusals(t)
	q, addr := sharedQueue(t)
	// The test binary, where user nobody can run it.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "gonotes-mp-test-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "client")
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	state.mu.Lock()
	key := hex.EncodeToString(state.authkey)
	state.mu.Unlock()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "MP_TEST_FOREIGN_DIAL="+addr, "MP_TEST_FOREIGN_KEY="+key)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("client as uid 65534: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "refused:") {
		t.Fatalf("client as uid 65534, holding the key: %q (want refused)", out)
	}
	if err := waitRefusal(t, refusals); !errors.Is(err, errForeignID) {
		t.Errorf("refused with %v, want errForeignID", err)
	}
	stillHolds(t, q)
}

// authedConn dials addr as a member of the session.
func authedConn(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	state.mu.Lock()
	key := state.authkey
	state.mu.Unlock()
	if err := authDialed(c, key); err != nil {
		t.Fatal(err)
	}
	return c
}

func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func TestOversizedFrameRefused(t *testing.T) {
	q, addr := sharedQueue(t)
	const budget = 32 << 20 // far below the frames announced
	for _, tc := range []struct {
		name string
		n    uint32
		send int // bytes of body actually sent
	}{
		{"over the limit", maxFrame + 1, 0},
		{"4 GiB", 1<<32 - 1, 0},
		{"under the limit, body never sent", maxFrame, 10},
	} {
		before := totalAlloc()
		c := authedConn(t, addr)
		var hdr [4]byte
		binary.LittleEndian.PutUint32(hdr[:], tc.n)
		c.Write(hdr[:])
		c.Write(make([]byte, tc.send))
		if tc.send > 0 {
			c.(*net.UnixConn).CloseWrite()
		}
		// The owner closes the connection.
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, err := io.ReadAll(c); err != nil {
			t.Fatalf("%s: %v (want the connection closed)", tc.name, err)
		}
		got := totalAlloc() - before
		if got > budget {
			t.Errorf("%s: a frame announced as %d bytes made the owner allocate %d bytes", tc.name, tc.n, got)
		}
		t.Logf("%s: announced %d bytes, allocated %d bytes in all", tc.name, tc.n, got)
	}
	stillHolds(t, q)

	// A sender refuses, with a clear error, a frame beyond the limit.
	p := newPeer(authedConn(t, addr), 0, addr)
	err := p.send(opCast, make([]byte, maxFrame), true)
	var big *errTooLarge
	if !errors.As(err, &big) || !strings.Contains(err.Error(), "larger than the limit of 256.0 MiB") {
		t.Fatalf("sending %d bytes: %v", maxFrame, err)
	}
}
