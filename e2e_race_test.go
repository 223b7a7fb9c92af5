package main

// The race detector in cells (%race on), end to end: the kernel over real
// ZeroMQ, its interpreter child replaced by gonotes-race.

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

var (
	raceBinOnce sync.Once
	raceBinPath string
	raceBinErr  string
)

// raceBin returns gonotes built with -race: $GONOTES_RACE_BIN, else
// gonotes-race next to $GONOTES_BIN (make install builds it), else built
// now. The test is skipped when cgo or a C compiler is missing.
func raceBin(t *testing.T) string {
	t.Helper()
	skipSingleProcess(t)
	raceBinOnce.Do(func() {
		if p := os.Getenv("GONOTES_RACE_BIN"); p != "" {
			raceBinPath = p
			return
		}
		if p := gonotesBin + "-race"; fileExists(p) {
			raceBinPath = p
			return
		}
		cc, err := exec.Command("go", "env", "CC").Output()
		if err != nil || strings.TrimSpace(string(cc)) == "" {
			raceBinErr = "no C compiler for cgo (go env CC)"
			return
		}
		if _, err := exec.LookPath(strings.Fields(string(cc))[0]); err != nil {
			raceBinErr = "no C compiler for cgo: " + err.Error()
			return
		}
		dir, err := os.MkdirTemp("", "gonotes-race-bin-")
		if err != nil {
			raceBinErr = err.Error()
			return
		}
		p := filepath.Join(dir, "gonotes-race")
		cmd := exec.Command("go", "build", "-race", "-o", p, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			raceBinErr = "go build -race: " + err.Error() + "\n" + string(out)
			return
		}
		raceBinPath = p
	})
	if raceBinPath == "" {
		t.Skip("no race-enabled build: " + raceBinErr)
	}
	return raceBinPath
}

// skipSingleProcess skips a test of %race in a kernel that runs its
// interpreter in its own process (GONOTES_SINGLE_PROCESS): %race replaces
// the interpreter process.
func skipSingleProcess(t *testing.T) {
	if singleProcess() {
		t.Skip("%race replaces the interpreter child process, which GONOTES_SINGLE_PROCESS does without")
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// startKernelEnv is startKernel with extra environment variables.
func startKernelEnv(t *testing.T, env ...string) *kernel.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	logs, err := os.Create(filepath.Join(t.TempDir(), "kernel.log"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := kernel.StartKernel(ctx, kernel.StartOptions{Argv: []string{gonotesBin, "kernel"}, ConnDir: t.TempDir(), Dir: t.TempDir(),
		Env: append(os.Environ(), env...), Stderr: logs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logs.Name())
			t.Logf("kernel log:\n%s", b)
		}
	})
	return c
}

// execLong is exec1 with a longer timeout: cells run several times slower
// under the race detector, and the machine may be busy.
func execLong(t *testing.T, c *kernel.Client, code string) cell {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := c.Execute(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	return toCell(t, res)
}

// racyCounter starts two goroutines at line 9 that add to counter without
// a lock, as the course's FakeDataStore does: read, sleep, write. (The
// race detector reports the races that happen, unordered by any
// synchronisation, and the interpreter's own locks order a short loop's
// accesses more often than compiled code's; the sleep makes them overlap.)
const racyCounter = `import (
	"sync"
	"time"
)
counter := 0
var wg sync.WaitGroup
for i := 0; i < 2; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := 0; j < 5; j++ {
			local := counter
			time.Sleep(time.Millisecond)
			counter = local + 1
		}
	}()
}
wg.Wait()
fmt.Println("counted to", counter <= 10)`

func TestRaceDetectorNamesTheRace(t *testing.T) {
	bin := raceBin(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+bin)
	mustOK(t, execLong(t, c, "func twice(x int) int { return 2 * x }"))

	r := execLong(t, c, "%race on")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Race detector on") {
		t.Fatalf("%%race on printed %q", r.stdout)
	}
	// The declarations were replayed in the new interpreter.
	r = execLong(t, c, "twice(21)")
	mustOK(t, r)
	if r.plain() != "42" {
		t.Errorf("twice(21) after %%race on = %q", r.plain())
	}

	// Two goroutines started at line 9 add to counter without a lock.
	r = execLong(t, c, racyCounter)
	mustOK(t, r)
	if r.stdout != "counted to true\n" {
		t.Errorf("the racy cell printed %q", r.stdout)
	}
	if n := strings.Count(r.stderr, "WARNING: DATA RACE on counter"); n != 1 {
		t.Fatalf("want one report of the race on counter, got %d in stderr:\n%s", n, r.stderr)
	}
	if !strings.Contains(r.stderr, "started at line 9 of this cell") {
		t.Errorf("the report does not name line 9, where the goroutines were started:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "write") || !strings.Contains(r.stderr, "read") && !strings.Contains(r.stderr, "previous write") {
		t.Errorf("the report does not say which accesses conflict:\n%s", r.stderr)
	}

	// The cell itself against a goroutine it started at line 4.
	r = execLong(t, c, `total := 0
done := make(chan bool)
add := func() { local := total; time.Sleep(time.Millisecond); total = local + 1 }
go func() {
	for i := 0; i < 5; i++ {
		add()
	}
	done <- true
}()
for i := 0; i < 5; i++ {
	add()
}
<-done`)
	mustOK(t, r)
	for _, want := range []string{"WARNING: DATA RACE on total", "by the cell itself (its main goroutine)", "by the goroutine started at line 4 of this cell"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the report lacks %q:\n%s", want, r.stderr)
		}
	}

	// The same with a lock: no report.
	r = execLong(t, c, strings.NewReplacer(
		"var wg sync.WaitGroup", "var wg sync.WaitGroup\nvar mu sync.Mutex",
		"local := counter", "mu.Lock()\n\t\t\tlocal := counter",
		"counter = local + 1", "counter = local + 1\n\t\t\tmu.Unlock()",
		"counter <= 10", "counter == 10").Replace(racyCounter))
	mustOK(t, r)
	if r.stdout != "counted to true\n" || strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("the mutex version printed %q, stderr:\n%s", r.stdout, r.stderr)
	}
}

// Threads are named by their threading name and the line of their Start.
func TestRaceDetectorNamesThreads(t *testing.T) {
	bin := raceBin(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+bin)
	mustOK(t, execLong(t, c, "%race on"))
	r := execLong(t, c, `import (
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)
type store struct{ value int }
s := &store{}
add := func() {
	for i := 0; i < 5; i++ {
		local := s.value
		time.Sleep(time.Millisecond)
		s.value = local + 1
	}
}
t1 := &threading.Thread{Name: "스레드 1", Target: add}
t2 := &threading.Thread{Name: "스레드 2", Target: add}
t1.Start()
t2.Start()
t1.Join()
t2.Join()`)
	mustOK(t, r)
	if n := strings.Count(r.stderr, "WARNING: DATA RACE on s.value"); n != 1 {
		t.Fatalf("want one report of the race on s.value, got %d in stderr:\n%s", n, r.stderr)
	}
	for _, want := range []string{`thread "스레드 1" started at line 17 of this cell`, `thread "스레드 2" started at line 18 of this cell`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the report lacks %q:\n%s", want, r.stderr)
		}
	}
}

// The library's primitives synchronise for the race detector too: correct
// programs built on them are never reported.
func TestRaceDetectorNoFalseReports(t *testing.T) {
	bin := raceBin(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+bin)
	mustOK(t, execLong(t, c, "%race on"))
	r := execLong(t, c, `import (
	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)
var lock threading.Lock
total := 0
var ts []*threading.Thread
for i := 0; i < 3; i++ {
	t := &threading.Thread{Target: func() {
		for j := 0; j < 200; j++ {
			lock.Acquire()
			total++
			lock.Release()
		}
	}}
	t.Start()
	ts = append(ts, t)
}
for _, t := range ts {
	t.Join()
}
q := queue.New(0)
got := 0
var done threading.Event
consumer := &threading.Thread{Target: func() {
	for i := 0; i < 100; i++ {
		got += q.Get().(int)
	}
	done.Set()
}}
consumer.Start()
for i := 0; i < 100; i++ {
	q.Put(1)
}
done.Wait()
squares := make([]int, 8)
ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
for i := range squares {
	ex.SubmitFunc(func() { squares[i] = i * i })
}
ex.Shutdown(true, false)
fmt.Println(total, got, squares)`)
	mustOK(t, r)
	if r.stdout != "600 100 [0 1 4 9 16 25 36 49]\n" {
		t.Errorf("printed %q", r.stdout)
	}
	if strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("a correct program was reported:\n%s", r.stderr)
	}

	// Threads calling a declared function for the first time at once: the
	// interpreter's per-function data is published safely.
	r = execLong(t, c, `func square(x int) int {
	y := x * x
	return y
}
func sumSquares(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += square(i)
	}
	return s
}
var sums [4]int
var workers []*threading.Thread
for i := range sums {
	w := &threading.Thread{Target: func() { sums[i] = sumSquares(10 + i) }}
	w.Start()
	workers = append(workers, w)
}
for _, w := range workers {
	w.Join()
}
fmt.Println(sums)`)
	mustOK(t, r)
	if r.stdout != "[385 506 650 819]\n" || strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("printed %q, stderr:\n%s", r.stdout, r.stderr)
	}

	r = execLong(t, c, "%race off")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Race detector off") {
		t.Errorf("%%race off printed %q", r.stdout)
	}
	r = execLong(t, c, racyCounter)
	mustOK(t, r)
	if strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("a race was reported after %%race off:\n%s", r.stderr)
	}
}

// Without a race build, %race on says how to get one and the kernel goes on.
func TestRaceDetectorMissingBuild(t *testing.T) {
	skipSingleProcess(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+filepath.Join(t.TempDir(), "gonotes-race"))
	mustOK(t, exec1(t, c, "x := 3"))
	r := exec1(t, c, "%race on")
	if r.status != "error" || r.ename != "UsageError" {
		t.Fatalf("%%race on without a race build: status %s %s: %s", r.status, r.ename, r.evalue)
	}
	for _, want := range []string{"make install", "CGO_ENABLED=1 go build -race", "C compiler"} {
		if !strings.Contains(r.evalue, want) {
			t.Errorf("the message does not say %q: %s", want, r.evalue)
		}
	}
	r = exec1(t, c, "x + 1")
	mustOK(t, r)
	if r.plain() != "4" {
		t.Errorf("x + 1 = %q after the failed %%race on", r.plain())
	}
}

// gonotes install puts the race detector's kernelspec next to the default
// one when gonotes-race is there, and says how to get it when it is not.
func TestInstallRaceKernelspec(t *testing.T) {
	prefix := t.TempDir()
	race := filepath.Join(t.TempDir(), "gonotes-race")
	cmd := exec.Command(gonotesBin, "install", "--prefix", prefix)
	cmd.Env = append(os.Environ(), "GONOTES_RACE_BIN="+race)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("install: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "make install") {
		t.Errorf("install without gonotes-race does not say how to build it:\n%s", out)
	}
	raceSpec := filepath.Join(prefix, "share", "jupyter", "kernels", kernel.RaceKernelName, "kernel.json")
	if fileExists(raceSpec) {
		t.Errorf("%s installed without gonotes-race", raceSpec)
	}

	if err := os.WriteFile(race, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(gonotesBin, "install", "--prefix", prefix)
	cmd.Env = append(os.Environ(), "GONOTES_RACE_BIN="+race)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("install: %v\n%s", err, out)
	}
	b, err := os.ReadFile(raceSpec)
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Argv        []string          `json:"argv"`
		DisplayName string            `json:"display_name"`
		Env         map[string]string `json:"env"`
	}
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	if spec.DisplayName != "Go (gonotes, race detector)" || spec.Env["GONOTES_RACE"] != "1" || len(spec.Argv) != 3 || spec.Argv[1] != "kernel" {
		t.Errorf("the race kernelspec: %s", b)
	}
}

// The race kernelspec's kernel (GONOTES_RACE=1) starts with the race
// detector on.
func TestRaceKernelStartsOn(t *testing.T) {
	bin := raceBin(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+bin, "GONOTES_RACE=1")
	r := execLong(t, c, "%race")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "is on") {
		t.Errorf("%%race in the race kernel printed %q", r.stdout)
	}
	r = execLong(t, c, racyCounter)
	mustOK(t, r)
	if !strings.Contains(r.stderr, "WARNING: DATA RACE on counter") {
		t.Errorf("the race kernel did not report the race:\n%s", r.stderr)
	}
}

// A goroutine of an earlier cell that reads a global while the next cells
// declare more (the interpreter grows its global frame) is no race of the
// notebook: the interpreter's own bookkeeping is never reported.
func TestRaceDetectorIgnoresTheInterpretersOwn(t *testing.T) {
	bin := raceBin(t)
	c := startKernelEnv(t, "GONOTES_RACE_BIN="+bin)
	mustOK(t, execLong(t, c, "%race on"))
	mustOK(t, execLong(t, c, `import (
	"sync"
	"time"
)
x := 1
stop := make(chan bool)
var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	for {
		select {
		case <-stop:
			return
		default:
		}
		_ = x + 1
		time.Sleep(time.Millisecond)
	}
}()`))
	r := execLong(t, c, `var a1, a2, a3, a4, a5, a6, a7, a8 int
b := make([]int, 100)
func f1() int { return a1 + x }
type T struct{ v int }
tt := &T{v: 3}
for i := 0; i < 20; i++ {
	b[i] = f1()
	time.Sleep(time.Millisecond)
}
fmt.Println(tt.v)`)
	mustOK(t, r)
	if strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("the interpreter's own accesses were reported:\n%s", r.stderr)
	}
	r = execLong(t, c, "var c1, c2 string\nclose(stop)\nwg.Wait()\nfmt.Println(\"stopped\")")
	mustOK(t, r)
	if r.stdout != "stopped\n" || strings.Contains(r.stderr, "DATA RACE") {
		t.Errorf("printed %q, stderr:\n%s", r.stdout, r.stderr)
	}
}
