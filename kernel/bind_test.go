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

// TestBindFailsOnAPortInUse: a port that stays in use (another kernel's,
// when two Jupyter servers on one machine picked the same free port) fails
// Bind and BindSupervised with an error naming the socket and the port —
// whichever of the five it is — and the ports bound before it are
// released.
func TestBindFailsOnAPortInUse(t *testing.T) {
	binds := map[string]func(ConnectionInfo) error{
		"Bind": func(ci ConnectionInfo) error {
			s, err := Bind(ci)
			if err == nil {
				s.Close()
			}
			return err
		},
		"BindSupervised": func(ci ConnectionInfo) error {
			s, l, err := BindSupervised(ci)
			if err == nil {
				s.Close()
				l.Close()
			}
			return err
		},
	}
	for name, bind := range binds {
		for _, sock := range []string{"shell", "control", "stdin", "iopub", "heartbeat"} {
			t.Run(name+"/"+sock, func(t *testing.T) { testBindFailsOnAPortInUse(t, bind, sock) })
		}
	}
}

func testBindFailsOnAPortInUse(t *testing.T, bind func(ConnectionInfo) error, sock string) {
	ci, err := FreeConnection()
	if err != nil {
		t.Fatal(err)
	}
	port, l := holdPort(t)
	defer l.Close()
	held := map[string]*int{"shell": &ci.ShellPort, "control": &ci.ControlPort, "stdin": &ci.StdinPort,
		"iopub": &ci.IOPubPort, "heartbeat": &ci.HBPort}
	*held[sock] = port
	err = bind(ci)
	if err == nil || !strings.Contains(err.Error(), "listen "+sock+" on tcp://127.0.0.1:"+strconv.Itoa(port)) ||
		!strings.Contains(err.Error(), "address already in use") {
		t.Fatalf("with %s's port in use: %v", sock, err)
	}
	// The other ports are free again.
	for name, p := range held {
		if name == sock {
			continue
		}
		p := *p
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
