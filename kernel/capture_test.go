package kernel

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/sys/unix"
)

// lockedBuffer is an io.Writer safe for the capture's reader goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestCaptureSyncDeliversEverything checks the promise a cell's reply
// relies on: after Sync, everything written to fds 1 and 2 before it —
// by this process or by a child process that inherited them — has reached
// the router, whether or not the pipe was empty (Sync's fast path) or held
// bytes (a marker's round trip). It runs in a child process, since the
// capture redirects the process's own fds.
func TestCaptureSyncDeliversEverything(t *testing.T) {
	if os.Getenv("GONOTES_CAPTURE_CHILD") == "1" {
		captureChild()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestCaptureSyncDeliversEverything$")
	cmd.Env = append(os.Environ(), "GONOTES_CAPTURE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "capture: 300 rounds, all output before Sync returned") {
		t.Fatalf("child did not confirm:\n%s", out)
	}
}

func captureChild() {
	var bufs [2]lockedBuffer
	c, err := StartCapture(func(stream string) io.Writer {
		if stream == "stdout" {
			return &bufs[0]
		}
		return &bufs[1]
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	report := func(format string, a ...any) {
		fmt.Fprintf(c.Stdout, format+"\n", a...)
	}
	var want [2]strings.Builder

	for i := 0; i < 300; i++ {
		line := fmt.Sprintf("line %d\n", i)
		fd := 1 + i%2
		switch i % 3 {
		case 0: // nothing written: Sync must still be right
		case 1:
			_, _ = unix.Write(fd, []byte(line))
			want[fd-1].WriteString(line)
		case 2: // a child process writing to the inherited descriptor
			sh := exec.Command("sh", "-c", fmt.Sprintf("printf 'sh %d\\n' >&%d", i, fd))
			sh.Stdout, sh.Stderr = os.Stdout, os.Stderr
			if err := sh.Run(); err != nil {
				report("sh: %v", err)
				os.Exit(2)
			}
			want[fd-1].WriteString(fmt.Sprintf("sh %d\n", i))
		}
		c.Sync()
		for k := range bufs {
			if got := bufs[k].String(); got != want[k].String() {
				report("round %d: fd %d has %q, want %q", i, k+1, got, want[k].String())
				os.Exit(1)
			}
		}
	}
	report("capture: 300 rounds, all output before Sync returned")
	os.Exit(0)
}

// Go writes a throw's line to fd 2 in pieces; the reader may be stopped
// after any of them. The first piece reaches the real stderr at once, as a
// line, and the whole line once its end has been read; other lines do not.
func TestTeeFatalLines(t *testing.T) {
	var tee bytes.Buffer
	cr := &captureReader{crashTee: &tee}
	for _, piece := range []string{"cell output\nfatal error: ", "sync: unlock", " of unlocked mutex", "\n", "\ngoroutine 1 [running]:\n"} {
		cr.teeFatal([]byte(piece))
	}
	cr.teeFatal([]byte("more\nfatal error: all in one\nafter\n"))
	want := "fatal error: \nfatal error: sync: unlock of unlocked mutex\nfatal error: all in one\n"
	if tee.String() != want {
		t.Errorf("tee = %q, want %q", tee.String(), want)
	}
}

// A crash's reasons: a bare "fatal error:" line (the piece the child
// copied before it stopped) is completed by the message drained from the
// pipe after it, but never by a line of the goroutine dump.
func TestTailCompletesFatal(t *testing.T) {
	tb := &tailBuffer{max: 1 << 10}
	fmt.Fprint(tb, "fatal error: \n\ngoroutine 8 [running]:\n")
	if tb.completeFatal("goroutine 8 [running]:") {
		t.Error("completed with a dump line")
	}
	if !tb.completeFatal("runtime.SetFinalizer: second argument is int, not a function") {
		t.Fatal("not completed")
	}
	e := newCrashError(tb.String(), nil)
	if e.Value != "runtime.SetFinalizer: second argument is int, not a function" {
		t.Errorf("crash value %q", e.Value)
	}
}

// The first line drained from the pipe may be a frame of the dump (the
// child's reader had read the message and the lines up to it): a bare
// "fatal error:" is not completed by it, and the message the child copied
// to its real stderr names the crash (make([]byte, 1<<45) in a cell named
// "runtime.throw({0x15f1eb9?, 0x2411?})" as its fatal error).
func TestTailDoesNotCompleteFatalWithAFrame(t *testing.T) {
	tb := &tailBuffer{max: 4 << 10}
	fmt.Fprint(tb, "fatal error: \nfatal error: runtime: out of memory\n\nruntime stack:\n")
	for _, frame := range []string{
		"runtime.throw({0x15f1eb9?, 0x2411?})",
		"runtime.sysMapOS(0x104502c00000, 0x200000000000, {0x15ca0c3, 0x4})",
		"runtime.throw({0x15f1eb9?, 0x2411?}) fp=0x7f2a4601ac58 sp=0x7f2a4601ac28 pc=0x494b88",
		"github.com/traefik/yaegi/interp.(*Interpreter).run(0x104502506808, 0x1045023ed400, 0x0?)",
		"reflect.MakeSlice(...)",
		"/usr/local/go/src/runtime/panic.go:1229 +0x48",
		"...additional frames elided...",
	} {
		if tb.completeFatal(frame) {
			t.Fatalf("completed with the frame %q", frame)
		}
	}
	fmt.Fprint(tb, "runtime.throw({0x15f1eb9?, 0x2411?})\n\t/usr/local/go/src/runtime/panic.go:1229 +0x48\n"+
		"runtime.sysMapOS(0x104502c00000, 0x200000000000, {0x15ca0c3, 0x4})\n")
	e := newCrashError(tb.String(), nil)
	if e.Name != "fatal error" || e.Value != "out of memory" || !strings.Contains(strings.Join(e.Trace, "\n"), "more memory than the machine has") {
		t.Errorf("crash %s: %q %q, want fatal error: out of memory, with its hint", e.Name, e.Value, e.Trace)
	}
}

// When Go's message is lost (the child's reader read it and was stopped
// before copying it), the crash names the function that threw.
func TestCrashNamesTheThrowingFunction(t *testing.T) {
	tail := "fatal error: \n\ngoroutine 14 gp=0x1 m=0 [running]:\nruntime.throw({0xf2, 0x12?})\n\t/usr/local/go/src/runtime/panic.go:1229 +0x48\n" +
		"runtime.SetFinalizer({0x10b6040, 0xf2}, {0x10e00c0, 0xf2})\n\t/usr/local/go/src/runtime/mfinal.go:494 +0x570\n"
	e := newCrashError(tail, nil)
	if want := "in runtime.SetFinalizer (Go's message was lost in the crash)"; e.Name != "fatal error" || e.Value != want {
		t.Errorf("crash %s: %q, want fatal error: %q", e.Name, e.Value, want)
	}
}

// A crash with thousands of goroutines dumps far more than the tail
// keeps; the goroutine that crashed comes first, so its frames are kept
// as the head of the crash: the cell names what threw (here the map
// implementation's concurrent writes, whose message Go writes to fd 2
// only), and the kernel's log keeps the start of the dump and says how
// much it left out.
func TestBigCrashKeepsItsHead(t *testing.T) {
	var log bytes.Buffer
	tb := &tailBuffer{max: 4 << 10}
	cl := &crashLog{w: &log, crashed: tb.isCrashed, max: 8 << 10}
	w := io.MultiWriter(cl, tb)
	fmt.Fprint(w, "gonotes interp: ready\n")
	fmt.Fprint(w, "fatal error: \n\ngoroutine 7 gp=0x1 m=0 [running]:\ninternal/runtime/maps.fatal({0x1, 0x2})\n\t/usr/local/go/src/runtime/panic.go:1058 +0x18\n"+
		"internal/runtime/maps.(*Map).PutSlot(0xc0001, 0x2)\n\t/usr/local/go/src/internal/runtime/maps/map.go:400 +0x1\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(w, "\ngoroutine %d gp=0x1 m=nil [chan receive]:\nmain.main.func1()\n\t/x.go:3 +0x1\ncreated by main.main in goroutine 1\n", 100+i)
	}
	cl.finish()
	e := newCrashError(tb.String(), nil)
	if e.Value != "concurrent map writes" {
		t.Errorf("crash value %q, want concurrent map writes", e.Value)
	}
	out := log.String()
	if !strings.HasPrefix(out, "gonotes interp: ready\nfatal error: \n\ngoroutine 7 ") || len(out) > 9<<10 ||
		!regexp.MustCompile(`\n\.\.\. \d+ more bytes of the interpreter's crash output left out of this log\n$`).MatchString(out) {
		t.Errorf("kernel log (%d bytes): %.200q ... %q", len(out), out, out[max(0, len(out)-200):])
	}
}
