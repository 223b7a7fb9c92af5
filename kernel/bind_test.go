package kernel

import (
	"net"
	"strconv"
	"strings"
	"testing"
	"time"
)

// holdPort listens on a free port of 127.0.0.1 and returns the port and
// the listener.
func holdPort(t *testing.T) (int, net.Listener) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return l.Addr().(*net.TCPAddr).Port, l
}

// TestBindWaitsForAPortHeldForAMoment: a port that another process holds
// for a moment (a Jupyter server probing for free ports) is bound once it
// is released, instead of the kernel exiting.
func TestBindWaitsForAPortHeldForAMoment(t *testing.T) {
	// The other ports are free when FreeConnection picks them, but a
	// test running beside this one may take one of them meanwhile (as an
	// outgoing connection's local port): that is not what this test is
	// about, and it tries again with other ports.
	for attempt := 1; ; attempt++ {
		ci, err := FreeConnection()
		if err != nil {
			t.Fatal(err)
		}
		port, l := holdPort(t)
		ci.IOPubPort = port
		time.AfterFunc(200*time.Millisecond, func() { l.Close() })
		s, err := Bind(ci)
		if err != nil && !strings.Contains(err.Error(), "listen iopub") && attempt < 3 {
			t.Logf("attempt %d: another port was taken meanwhile: %v", attempt, err)
			continue
		}
		if err != nil {
			t.Fatalf("Bind with iopub's port held for 200 ms: %v", err)
		}
		s.Close()
		return
	}
}

// TestBindFailsOnAPortInUse: a port that stays in use fails Bind with an
// error naming the socket and the port, and the sockets bound before it
// are released.
func TestBindFailsOnAPortInUse(t *testing.T) {
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	port, l := holdPort(t)
	defer l.Close()
	ci.IOPubPort = port
	_, err = Bind(ci)
	if err == nil || !strings.Contains(err.Error(), "listen iopub on tcp://127.0.0.1:"+strconv.Itoa(port)) ||
		!strings.Contains(err.Error(), "address already in use") {
		t.Fatalf("Bind with iopub's port in use: %v", err)
	}
	// shell, control and stdin were bound before iopub: free again.
	for _, p := range []int{ci.ShellPort, ci.ControlPort, ci.StdinPort} {
		var l net.Listener
		deadline := time.Now().Add(5 * time.Second)
		for l, err = net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p)); err != nil && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
			l, err = net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		}
		if err != nil {
			t.Fatalf("port %d is still held after Bind failed: %v", p, err)
		}
		l.Close()
	}
}
