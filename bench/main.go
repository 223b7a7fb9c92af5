// Command bench measures gonotes against CPython in one run and prints the
// figures the README reports, with ratios:
//
//   - the kernel: cold start to kernel_info_reply, a trivial execute round
//     trip (median and p99), printing 10,000 lines (time and messages), for
//     gonotes and for ipykernel (Debian's python3 kernel);
//   - the same round trip as a Python client (jupyter_client) sees it, for
//     gonotes, ipykernel and, when GOPHERNOTES names its binary, gophernotes
//     (bench/gophernotes.sh builds it; make bench does), with the client's
//     own CPU per round trip and each kernel's;
//   - the library: the same concurrency workloads as Go cells in the
//     gonotes kernel (interpreted by yaegi, calling the compiled library)
//     and as Python code in CPython.
//
// Run it with `make bench` (GONOTES_BIN names the gonotes binary; PYTHON the
// python3 that has ipykernel, default /usr/bin/python3).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gonotes/gonotes/kernel"
	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

var (
	gonotesBin = envOr("GONOTES_BIN", "bin/gonotes")
	python     = envOr("PYTHON", "/usr/bin/python3")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	// In a child process of the compiled multiprocessing workloads: run the
	// target and exit.
	mp.Main(mpTargets...)
	only := flag.String("only", "", "run only the sections whose name contains this (kernel, engine, memory, library, process)")
	starts := flag.Int("starts", 5, "cold starts per kernel")
	trips := flag.Int("trips", 200, "execute round trips per kernel")
	reps := flag.Int("reps", 3, "runs of each library and process workload (the median is shown)")
	flag.Parse()
	if *only == "" || strings.Contains("kernel", *only) {
		if err := benchKernels(*starts, *trips); err != nil {
			fmt.Fprintln(os.Stderr, "bench kernel:", err)
			os.Exit(1)
		}
		if err := benchPythonClient(*trips); err != nil {
			fmt.Fprintln(os.Stderr, "bench kernel (python client):", err)
			os.Exit(1)
		}
	}
	if *only == "" || strings.Contains("engine", *only) {
		if err := benchLibrary(engineWorkloads, *reps); err != nil {
			fmt.Fprintln(os.Stderr, "bench engine:", err)
			os.Exit(1)
		}
	}
	if *only == "" || strings.Contains("memory", *only) {
		if err := benchMemory(100); err != nil {
			fmt.Fprintln(os.Stderr, "bench memory:", err)
			os.Exit(1)
		}
	}
	if *only == "" || strings.Contains("library", *only) {
		if err := benchLibrary(libraryWorkloads, *reps); err != nil {
			fmt.Fprintln(os.Stderr, "bench library:", err)
			os.Exit(1)
		}
	}
	if *only == "" || strings.Contains("process", *only) {
		if err := benchLibrary(processWorkloads, *reps); err != nil {
			fmt.Fprintln(os.Stderr, "bench process:", err)
			os.Exit(1)
		}
	}
}

type kernelKind struct {
	name  string
	argv  []string
	print func(n int) string // a cell printing n lines
	noop  string
}

func kernels() []kernelKind {
	return []kernelKind{
		{"gonotes", []string{gonotesBin, "kernel"}, func(n int) string {
			return fmt.Sprintf("import \"fmt\"\nfor i := 0; i < %d; i++ { fmt.Println(\"line\", i) }", n)
		}, "1"},
		{"ipykernel", []string{python, "-m", "ipykernel_launcher", "-f"}, func(n int) string {
			return fmt.Sprintf("for i in range(%d): print('line', i)", n)
		}, "1"},
	}
}

type kernelFigures struct {
	start           []time.Duration
	firstCell       []time.Duration // start to the first cell's reply
	tripMed, trip99 time.Duration
	printTime       time.Duration
	printMsgs       int
}

func benchKernels(starts, trips int) error {
	dir, err := os.MkdirTemp("", "gonotes-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	figs := map[string]*kernelFigures{}
	ks := kernels()
	for _, k := range ks {
		f := &kernelFigures{}
		figs[k.name] = f
		// Cold starts, alternating would be fairer but each kernel is
		// measured back to back on an otherwise idle machine.
		for i := 0; i < starts; i++ {
			t0 := time.Now()
			c, err := kernel.StartKernel(context.Background(), kernel.StartOptions{Argv: k.argv, ConnDir: dir})
			if err != nil {
				return fmt.Errorf("%s: %w", k.name, err)
			}
			f.start = append(f.start, c.FirstReply.Sub(t0))
			if _, err := c.Execute(context.Background(), k.noop); err != nil {
				return fmt.Errorf("%s: first cell: %w", k.name, err)
			}
			f.firstCell = append(f.firstCell, time.Since(t0))
			if i < starts-1 {
				c.Close()
				continue
			}
			ctx := context.Background()
			var rts []time.Duration
			for j := 0; j < trips+10; j++ {
				t := time.Now()
				if _, err := c.Execute(ctx, k.noop); err != nil {
					return err
				}
				if j >= 10 { // warm-up
					rts = append(rts, time.Since(t))
				}
			}
			sort.Slice(rts, func(a, b int) bool { return rts[a] < rts[b] })
			f.tripMed, f.trip99 = rts[len(rts)/2], rts[len(rts)*99/100]
			t := time.Now()
			res, err := c.Execute(ctx, k.print(10000))
			if err != nil {
				return err
			}
			f.printTime = time.Since(t)
			lines := 0
			for _, m := range res.IOPub {
				if m.Header.MsgType == "stream" {
					f.printMsgs++
					var c struct{ Text string }
					_ = json.Unmarshal(m.Content, &c)
					lines += strings.Count(c.Text, "\n")
				}
			}
			if lines != 10000 {
				return fmt.Errorf("%s printed %d lines, want 10000", k.name, lines)
			}
			c.Close()
		}
	}
	g, p := figs["gonotes"], figs["ipykernel"]
	fmt.Println("## Kernel (gonotes vs ipykernel, same run)")
	fmt.Println()
	fmt.Println("| measure | gonotes | ipykernel | ratio |")
	fmt.Println("|---|---|---|---|")
	row := func(name string, a, b time.Duration) {
		fmt.Printf("| %s | %s | %s | %.2f× |\n", name, fmtDur(a), fmtDur(b), float64(a)/float64(b))
	}
	row("cold start to kernel_info_reply (median)", median(g.start), median(p.start))
	row("cold start to the first cell's reply (median)", median(g.firstCell), median(p.firstCell))
	row("execute round trip, median", g.tripMed, p.tripMed)
	row("execute round trip, p99", g.trip99, p.trip99)
	row("print 10,000 lines", g.printTime, p.printTime)
	fmt.Printf("| stream messages for 10,000 lines | %d | %d | |\n\n", g.printMsgs, p.printMsgs)
	return nil
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	return s[len(s)/2]
}

func fmtDur(d time.Duration) string {
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%d ns", d.Nanoseconds())
	case d < time.Millisecond:
		return fmt.Sprintf("%.1f µs", float64(d.Nanoseconds())/1e3)
	case d < time.Second:
		return fmt.Sprintf("%.2f ms", float64(d.Nanoseconds())/1e6)
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

// workload is one measure run both as a Go cell in the gonotes kernel and as
// Python in CPython. Each program prints one line "RESULT <value>" where
// value is the figure in the workload's unit.
type workload struct {
	name   string
	unit   string // e.g. "ops/s" (higher is better) or "µs" (lower is better)
	higher bool
	goCell string
	// native is the same Go compiled into this command; nil when the
	// workload has no compiled twin.
	native func() float64
	py     string
	// pyFile is a Python script run as a file once per start method in
	// pyStartMethods (passed as its first argument), for multiprocessing.
	pyFile         string
	pyStartMethods []string
	// target is issue 3's minimum for the "vs CPython" ratio (0: none).
	target float64
}

func benchLibrary(ws []workload, reps int) error {
	if len(ws) == 0 {
		return nil
	}
	dir, err := os.MkdirTemp("", "gonotes-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	c, err := kernel.StartKernel(context.Background(), kernel.StartOptions{Argv: []string{gonotesBin, "kernel"}, ConnDir: dir})
	if err != nil {
		return err
	}
	defer c.Close()
	fmt.Printf("Median of %d runs of each (Go cell, CPython, compiled Go, interleaved).\n\n", reps)
	fmt.Println("| workload | gonotes (Go cell) | CPython | gonotes vs CPython | target | compiled Go | interpreted vs compiled |")
	fmt.Println("|---|---|---|---|---|---|---|")
	type fig struct{ goVal, pyVal, nat float64 }
	figs := map[string]fig{}
	for _, w := range ws {
		var goVals, nats []float64
		var pyRuns [][]float64
		var pyLabel []string
		for r := 0; r < reps; r++ {
			fmt.Fprintf(os.Stderr, "bench: %s: Go cell (run %d)\n", w.name, r+1)
			res, err := c.Execute(context.Background(), w.goCell)
			if err != nil {
				return fmt.Errorf("%s: %w", w.name, err)
			}
			v, err := resultOf(res)
			if err != nil {
				return fmt.Errorf("%s (Go): %w", w.name, err)
			}
			goVals = append(goVals, v)
			fmt.Fprintf(os.Stderr, "bench: %s: CPython (run %d)\n", w.name, r+1)
			pv, labels, err := runPython(dir, w)
			if err != nil {
				return fmt.Errorf("%s (Python): %w", w.name, err)
			}
			pyRuns, pyLabel = append(pyRuns, pv), labels
			if w.native != nil {
				fmt.Fprintf(os.Stderr, "bench: %s: compiled Go (run %d)\n", w.name, r+1)
				nats = append(nats, w.native())
			}
		}
		goVal := medianOf(goVals)
		pyVals := make([]float64, len(pyLabel))
		for i := range pyVals {
			var col []float64
			for _, run := range pyRuns {
				col = append(col, run[i])
			}
			pyVals[i] = medianOf(col)
		}
		pyVal := pyVals[0]
		nat, natCol, natRatio := 0.0, "", ""
		if w.native != nil {
			nat = medianOf(nats)
			natCol = fmtNum(nat) + " " + w.unit
			natRatio = fmt.Sprintf("%.1f× slower", better(w.higher, nat, goVal))
		}
		figs[w.name] = fig{goVal, pyVal, nat}
		pyCol := ""
		for i, v := range pyVals {
			if i > 0 {
				pyCol += ", "
			}
			pyCol += fmtNum(v) + " " + w.unit + pyLabel[i]
		}
		ratio := better(w.higher, goVal, pyVal)
		fmt.Printf("| %s | %s %s | %s | %.2f× better | %s | %s | %s |\n", w.name, fmtNum(goVal), w.unit, pyCol,
			ratio, targetCol(w.target, ratio), natCol, natRatio)
	}
	// The 2-thread speedup of the CPU-bound sum (issue 3: >= 1.8 on 2 cores).
	one, ok1 := figs[cpuSum1]
	two, ok2 := figs[cpuSum2]
	if ok1 && ok2 {
		sp := one.goVal / two.goVal
		fmt.Printf("| CPU sum, speedup of 2 threads over 1 | %.2f× | %.2f× | | %s | %.2f× | |\n",
			sp, one.pyVal/two.pyVal, targetCol(1.8, sp), one.nat/two.nat)
	}
	fmt.Println()
	return nil
}

// targetCol shows a target of issue 3 (a minimum figure in the "vs CPython"
// column, or for the speedup row the speedup) and whether it is met.
func targetCol(target, got float64) string {
	if target == 0 {
		return ""
	}
	mark := "✗"
	if got >= target {
		mark = "✓"
	}
	if target < 1 {
		return fmt.Sprintf("≤ %.0f× CPython's time %s", 1/target, mark)
	}
	return fmt.Sprintf("≥ %g× %s", target, mark)
}

func medianOf(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// runPython runs a workload's Python: inline, or as a script file once per
// start method. It returns the figures and their labels.
func runPython(dir string, w workload) ([]float64, []string, error) {
	if w.pyFile == "" {
		out, err := exec.Command(python, "-c", w.py).CombinedOutput()
		if err != nil {
			return nil, nil, fmt.Errorf("%w\n%s", err, out)
		}
		v, err := parseResult(string(out))
		return []float64{v}, []string{""}, err
	}
	script := dir + "/workload.py"
	if err := os.WriteFile(script, []byte(w.pyFile), 0o644); err != nil {
		return nil, nil, err
	}
	var vals []float64
	var labels []string
	for _, m := range w.pyStartMethods {
		out, err := exec.Command(python, script, m).CombinedOutput()
		if err != nil {
			return nil, nil, fmt.Errorf("%w\n%s", err, out)
		}
		v, err := parseResult(string(out))
		if err != nil {
			return nil, nil, err
		}
		vals = append(vals, v)
		labels = append(labels, " ("+m+")")
	}
	return vals, labels, nil
}

// better returns how many times a beats b.
func better(higher bool, a, b float64) float64 {
	if higher {
		return a / b
	}
	return b / a
}

func resultOf(res *kernel.Result) (float64, error) {
	var text strings.Builder
	for _, m := range res.IOPub {
		var c map[string]any
		_ = json.Unmarshal(m.Content, &c)
		switch m.Header.MsgType {
		case "stream":
			text.WriteString(c["text"].(string))
		case "error":
			return 0, fmt.Errorf("%v: %v", c["ename"], c["evalue"])
		}
	}
	return parseResult(text.String())
}

func parseResult(out string) (float64, error) {
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "RESULT "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, fmt.Errorf("no RESULT line in %q", out)
}

func fmtNum(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%.0fk", v/1e3)
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 1 || v == 0:
		return fmt.Sprintf("%.2f", v)
	}
	// Below 1, three significant digits: fib(27) takes 0.02 s in both
	// CPython and a cell, and two decimals showed them equal.
	return fmt.Sprintf("%.3g", v)
}

// libraryWorkloads and processWorkloads are filled in workloads.go.
