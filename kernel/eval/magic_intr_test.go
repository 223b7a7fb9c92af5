package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// An interrupted shell line ends with KeyboardInterrupt and its command
// (the whole process group) is stopped.
func TestMagicShellInterrupt(t *testing.T) {
	ts := newSession(t)
	marker := filepath.Join(t.TempDir(), "after")
	go func() {
		time.Sleep(500 * time.Millisecond)
		ts.s.Interrupt()
	}()
	_, e := ts.fails("!sleep 2; touch " + marker)
	if e.Name != "KeyboardInterrupt" {
		t.Errorf("interrupted shell line: %s: %s", e.Name, e.Value)
	}
	// Had only the cell been stopped, the command would touch the marker
	// when its sleep ends, 1.5 s after the interrupt.
	time.Sleep(3 * time.Second)
	if _, err := os.Stat(marker); err == nil {
		t.Error("the command went on after the interrupt")
	}
	ts.ok("!true")
}
