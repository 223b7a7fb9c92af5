package eval

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/gonotes/gonotes/lib/hook"
)

// The lines IPython users type: %magic lines, %%cell magics and !shell
// lines. A cell is split here, before anything is parsed as Go, so that
// such a line never reaches the Go parser; the Go lines between them run as
// they would in a cell of their own (with their line numbers kept).

// magicDoc is one magic's entry in %lsmagic, %help and inspection.
type magicDoc struct {
	usage string // e.g. "%env [NAME[=value]]"
	doc   string // one paragraph
}

// lineMagics are the line magics (%name), by name.
var lineMagics = map[string]magicDoc{
	"cd":      {"%cd [DIR]", "Change the working directory of the notebook (and of the processes it starts) and print it. Without DIR: the home directory; `%cd -`: the previous directory."},
	"go":      {"%go get MODULE[@VERSION]...", "Run `go get` in the notebook's work module (its go.mod beside the notebook): pins the versions that a cell's third-party imports use (see the README's third-party packages)."},
	"env":     {"%env [NAME[=value]]", "Without arguments, list the environment (NAME=value lines). `%env NAME` shows a variable's value, `%env NAME=value` (or `%env NAME value`) sets it for os.Getenv in cells and for the processes cells start."},
	"help":    {"%help", "Describe every magic and the shell line."},
	"lsmagic": {"%lsmagic", "List the available magics."},
	"pwd":     {"%pwd", "The current working directory (a string value)."},
	"race":    {"%race [on|off]", "Turn Go's race detector on or off: the kernel restarts its Go interpreter with (or without) the race detector, the notebook's imports, types, funcs and vars replayed. While it is on, each data race of a cell is reported under the cell: the variable, the read and the write, and the cell line (and thread name) that started each goroutine. Cells run several times slower. It must be the first line of its cell; without an argument it says whether it is on."},
	"time":    {"%time STATEMENT", "Run a Go statement or expression once and print the CPU (user, sys) and wall time it took, as IPython does. The value of an expression is shown as the cell's result."},
	"timeit":  {"%timeit [-n LOOPS] [-r RUNS] STATEMENT", "Time a Go statement or expression: it runs LOOPS times per run (by default the first of 1, 10, 100, ... for which a run takes at least 0.2 s) in RUNS runs (default 7), then prints the mean ± std. dev. per loop."},
}

// cellMagics are the cell magics (%%name on the first line), by name.
var cellMagics = map[string]magicDoc{
	"time":   {"%%time", "Run the rest of the cell and print the CPU and wall time it took."},
	"timeit": {"%%timeit [-n LOOPS] [-r RUNS] [SETUP]", "Time the rest of the cell as %timeit times a statement; SETUP (Go statements on the %%timeit line) runs before each run, untimed."},
}

// shellDoc documents the shell line.
const shellDoc = "!COMMAND runs COMMAND with /bin/sh -c in the working directory, its output streamed to the cell. {EXPR} is replaced with the value of the Go expression EXPR, $NAME with the value of the notebook variable NAME (a name that is not one stays for the shell, e.g. $HOME); $$ and {{ }} give a literal $, { and }."

// magicCell is a cell with at least one magic or shell line.
type magicCell struct {
	cell, cellArgs string    // the %%cell magic, if any, and its arguments
	body           string    // with a cell magic: the rest of the cell (line numbers kept)
	segs           []segment // without: the cell's pieces, in order
}

// segment is a run of Go lines or one magic or shell line.
type segment struct {
	magic bool
	text  string // Go: the code, preceded by blank lines; magic: the trimmed line
}

// splitMagics splits a cell into Go code and magic lines. ok is false when
// the cell has none, and the cell is plain Go.
func splitMagics(code string) (mc magicCell, ok bool) {
	lines := strings.SplitAfter(code, "\n")
	// A cell magic must be the first non-blank line.
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "%%") {
			name, args, _ := strings.Cut(strings.TrimPrefix(t, "%%"), " ")
			mc.cell, mc.cellArgs = name, strings.TrimSpace(args)
			mc.body = strings.Repeat("\n", i+1) + strings.Join(lines[i+1:], "")
			return mc, true
		}
		break
	}
	var lx goLexer
	start := 0 // first line of the current Go segment
	flush := func(end int) {
		if end > start {
			text := strings.Repeat("\n", start) + strings.Join(lines[start:end], "")
			if strings.TrimSpace(text) != "" {
				mc.segs = append(mc.segs, segment{text: text})
			}
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if lx.atStatementStart() && (strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!")) {
			flush(i)
			mc.segs = append(mc.segs, segment{magic: true, text: t})
			ok = true
			start = i + 1
			continue
		}
		lx.line(l)
	}
	flush(len(lines))
	return mc, ok
}

// goLexer follows Go source line by line, just enough to tell whether a
// line may start a new statement at the top level: not inside a raw string,
// a comment or brackets, and after a token that ends a statement.
type goLexer struct {
	depth   int
	inRaw   bool
	inBlock bool
	open    bool // the last token does not end a statement (an operator, a comma)
}

func (lx *goLexer) atStatementStart() bool {
	return !lx.inRaw && !lx.inBlock && lx.depth == 0 && !lx.open
}

// line follows one line of Go.
func (lx *goLexer) line(l string) {
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case lx.inRaw:
			if c == '`' {
				lx.inRaw, lx.open = false, false
			}
			continue
		case lx.inBlock:
			if c == '*' && i+1 < len(l) && l[i+1] == '/' {
				lx.inBlock = false
				i++
			}
			continue
		}
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case c == '/' && i+1 < len(l) && l[i+1] == '/':
			return
		case c == '/' && i+1 < len(l) && l[i+1] == '*':
			lx.inBlock = true
			i++
		case c == '`':
			lx.inRaw = true
		case c == '"' || c == '\'':
			for i++; i < len(l) && l[i] != c && l[i] != '\n'; i++ {
				if l[i] == '\\' {
					i++
				}
			}
			lx.open = false
		case c == '(' || c == '[' || c == '{':
			lx.depth++
			lx.open = true
		case c == ')' || c == ']' || c == '}':
			if lx.depth > 0 {
				lx.depth--
			}
			lx.open = false
		case c == '_' || c == '.' && i+1 < len(l) && l[i+1] >= '0' && l[i+1] <= '9' || c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)):
			lx.open = false
		case (c == '+' || c == '-') && i+1 < len(l) && l[i+1] == c:
			lx.open = false
			i++
		default:
			lx.open = true // an operator, a comma, a dot
		}
	}
}

// usageError is IPython's UsageError.
func usageError(format string, args ...any) *Error {
	msg := fmt.Sprintf(format, args...)
	return &Error{Name: "UsageError", Value: msg, Trace: []string{red + "UsageError" + reset + ": " + msg}}
}

func magicNames(m map[string]magicDoc, prefix string) []string {
	var names []string
	for n := range m {
		names = append(names, prefix+n)
	}
	sort.Strings(names)
	return names
}

// runMagicCell runs a cell that has magics.
func (s *Session) runMagicCell(ctx context.Context, run *cellRun, mc magicCell) (map[string]any, error) {
	switch mc.cell {
	case "":
		return s.runSegments(ctx, run, mc.segs)
	case "time":
		var data map[string]any
		err := s.timed(func() error {
			var err error
			data, err = s.runBody(ctx, run, mc.body)
			return err
		})
		return data, err
	case "timeit":
		return nil, s.timeit(ctx, run, mc.cellArgs, mc.body, true)
	}
	return nil, usageError("Cell magic `%%%%%s` not found. Known cell magics: %s (line magics: %s; see %%lsmagic).",
		mc.cell, strings.Join(magicNames(cellMagics, "%%"), ", "), strings.Join(magicNames(lineMagics, "%"), ", "))
}

// runBody runs the body of a cell magic: Go, possibly with line magics.
func (s *Session) runBody(ctx context.Context, run *cellRun, body string) (map[string]any, error) {
	if mc, ok := splitMagics(body); ok {
		if mc.cell != "" {
			return nil, usageError("a cell magic (%%%%%s) must be on the first line of the cell", mc.cell)
		}
		return s.runSegments(ctx, run, mc.segs)
	}
	return s.goBundle(s.runGo(ctx, run, body))
}

func (s *Session) goBundle(vs []any, ok bool, err error) (map[string]any, error) {
	if err != nil || !ok {
		return nil, err
	}
	return bundle(vs), nil
}

// runSegments runs Go lines and line magics in order; the last one's value
// is the cell's.
func (s *Session) runSegments(ctx context.Context, run *cellRun, segs []segment) (data map[string]any, err error) {
	for _, sg := range segs {
		if sg.magic {
			data, err = s.lineMagic(ctx, run, sg.text)
		} else {
			data, err = s.goBundle(s.runGo(ctx, run, sg.text))
		}
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

// lineMagic runs one %magic or !shell line.
func (s *Session) lineMagic(ctx context.Context, run *cellRun, line string) (map[string]any, error) {
	if strings.HasPrefix(line, "!") {
		return nil, s.shell(ctx, run, strings.TrimPrefix(line, "!"))
	}
	if strings.HasPrefix(line, "%%") {
		return nil, usageError("a cell magic (%s) must be on the first line of the cell", strings.Fields(line)[0])
	}
	name, args, _ := strings.Cut(strings.TrimPrefix(line, "%"), " ")
	args = strings.TrimSpace(args)
	out := hook.Stdout()
	switch name {
	case "time":
		if args == "" {
			return nil, usageError("%%time needs a statement, e.g. %%time f()")
		}
		var data map[string]any
		err := s.timed(func() error {
			var err error
			data, err = s.goBundle(s.runGo(ctx, run, args))
			return err
		})
		return data, err
	case "timeit":
		return nil, s.timeit(ctx, run, args, "", false)
	case "go":
		return nil, s.goMagic(args)
	case "race":
		// The kernel runs %race when it is the first line of a cell (it
		// replaces the interpreter process): here it is not, or the
		// interpreter runs in the kernel's process.
		return nil, usageError("%%race must be the first line of its cell, and needs a kernel that runs its Go interpreter in a child process (not GONOTES_SINGLE_PROCESS): it restarts that process")
	case "env":
		return s.env(ctx, run, args)
	case "cd":
		return nil, s.cd(args)
	case "pwd":
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("%%pwd: %w", err)
		}
		return bundle([]any{wd}), nil
	case "lsmagic":
		fmt.Fprintf(out, "Available line magics:\n%s\n\nAvailable cell magics:\n%s\n\nShell lines: !COMMAND (see %%help).\n",
			strings.Join(magicNames(lineMagics, "%"), "  "), strings.Join(magicNames(cellMagics, "%%"), "  "))
		return nil, nil
	case "help":
		var b strings.Builder
		b.WriteString("Magics (a line starting with % or !, never parsed as Go; %% magics on the first line of a cell):\n\n")
		for _, n := range magicNames(lineMagics, "") {
			fmt.Fprintf(&b, "%s\n    %s\n", lineMagics[n].usage, lineMagics[n].doc)
		}
		for _, n := range magicNames(cellMagics, "") {
			fmt.Fprintf(&b, "%s\n    %s\n", cellMagics[n].usage, cellMagics[n].doc)
		}
		fmt.Fprintf(&b, "!COMMAND\n    %s\n", shellDoc)
		fmt.Fprint(out, b.String())
		return nil, nil
	}
	return nil, usageError("Line magic function `%%%s` not found. Known line magics: %s (cell magics: %s; see %%lsmagic).",
		name, strings.Join(magicNames(lineMagics, "%"), ", "), strings.Join(magicNames(cellMagics, "%%"), ", "))
}

// timed runs f and prints its CPU and wall time as IPython's %time does.
func (s *Session) timed(f func() error) error {
	u0, s0 := cpuTimes()
	w0 := time.Now()
	err := f()
	wall := time.Since(w0)
	u1, s1 := cpuTimes()
	if err != nil {
		return err
	}
	user, sys := (u1 - u0).Seconds(), (s1 - s0).Seconds()
	fmt.Fprintf(hook.Stdout(), "CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
		formatTime(user), formatTime(sys), formatTime(user+sys), formatTime(wall.Seconds()))
	return nil
}

// formatTime formats seconds as IPython's _format_time does.
func formatTime(t float64) string {
	if t >= 60 {
		var parts []string
		left := t
		for _, u := range []struct {
			suffix string
			len    float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			if v := int(left / u.len); v > 0 {
				left = math.Mod(left, u.len)
				parts = append(parts, strconv.Itoa(v)+u.suffix)
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if t > 0 {
		order = min(-int(math.Floor(math.Floor(math.Log10(t))/3)), 3)
	}
	return fmt.Sprintf("%.3g %s", t*scale[order], units[order])
}

// timeit times stmt as IPython's %timeit (cell: %%timeit, args hold the
// options and the setup).
func (s *Session) timeit(ctx context.Context, run *cellRun, args, body string, cell bool) error {
	loops, runs := 0, 7
	fields := strings.Fields(args)
	for len(fields) >= 2 && (fields[0] == "-n" || fields[0] == "-r") {
		v, err := strconv.Atoi(fields[1])
		if err != nil || v < 1 {
			return usageError("%%timeit: %s wants a positive number, not %q", fields[0], fields[1])
		}
		if fields[0] == "-n" {
			loops = v
		} else {
			runs = v
		}
		args = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), fields[0])), fields[1]))
		fields = fields[2:]
	}
	setup, stmt := "", args
	if cell {
		setup, stmt = args, body
	}
	if strings.TrimSpace(stmt) == "" {
		return usageError("%%timeit needs a statement, e.g. %%timeit f()")
	}
	if x, err := parser.ParseExpr(stmt); err == nil {
		// An expression that is not a statement (1+1, x): time its evaluation.
		if _, call := x.(*ast.CallExpr); !call {
			if u, recv := x.(*ast.UnaryExpr); !recv || u.Op != token.ARROW {
				stmt = "_ = " + stmt
			}
		}
	}
	once := func(n int) (time.Duration, error) {
		code := fmt.Sprintf("{\n%s\n__gnT0 := %s.Now()\nfor __gnI := 0; __gnI < %d; __gnI++ {\n%s\n}\n%s.Lap(__gnT0)\n}\n", setup, rtName, n, stmt, rtName)
		if _, _, err := s.runGo(ctx, run, code); err != nil {
			return 0, err
		}
		s.rt.mu.Lock()
		defer s.rt.mu.Unlock()
		return s.rt.elapsed, nil
	}
	if loops == 0 {
		for i := 0; i < 10; i++ {
			loops = int(math.Pow10(i))
			d, err := once(loops)
			if err != nil {
				return err
			}
			if d >= 200*time.Millisecond {
				break
			}
		}
	}
	per := make([]float64, runs)
	for i := range per {
		d, err := once(loops)
		if err != nil {
			return err
		}
		per[i] = d.Seconds() / float64(loops)
	}
	mean, best, worst := 0.0, per[0], per[0]
	for _, p := range per {
		mean += p
		best, worst = min(best, p), max(worst, p)
	}
	mean /= float64(runs)
	variance := 0.0
	for _, p := range per {
		variance += (p - mean) * (p - mean)
	}
	std := math.Sqrt(variance / float64(runs))
	out := hook.Stdout()
	if worst > 4*best && best > 0 && worst > 1e-6 {
		fmt.Fprintf(out, "The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", worst/best)
	}
	fmt.Fprintf(out, "%s ± %s per loop (mean ± std. dev. of %d run%s, %s loop%s each)\n",
		formatTime(mean), formatTime(std), runs, plural(runs), thousands(loops), plural(loops))
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// thousands formats n as Python's "{:,}".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// env is %env.
func (s *Session) env(ctx context.Context, run *cellRun, args string) (map[string]any, error) {
	if args == "" {
		vs, _, err := s.runGo(ctx, run, "os.Environ()")
		if err != nil {
			return nil, err
		}
		var env []string
		if len(vs) == 1 {
			env, _ = unshow(vs[0]).([]string)
		}
		sort.Strings(env)
		fmt.Fprint(hook.Stdout(), strings.Join(env, "\n")+"\n")
		return nil, nil
	}
	name, value, set := strings.Cut(args, "=")
	if !set {
		name, value, set = strings.Cut(args, " ")
	}
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	if !set {
		vs, _, err := s.runGo(ctx, run, fmt.Sprintf("os.LookupEnv(%q)", name))
		if err != nil {
			return nil, err
		}
		if len(vs) != 2 || unshow(vs[1]) != true {
			return nil, usageError("Environment does not have key: %s", name)
		}
		return bundle([]any{unshow(vs[0])}), nil
	}
	if _, _, err := s.runGo(ctx, run, fmt.Sprintf("os.Setenv(%q, %q)", name, value)); err != nil {
		return nil, err
	}
	// The processes that cells start inherit it too.
	if err := os.Setenv(name, value); err != nil {
		return nil, fmt.Errorf("%%env: %w", err)
	}
	fmt.Fprintf(hook.Stdout(), "env: %s=%s\n", name, value)
	return nil, nil
}

func unshow(v any) any {
	if sh, ok := v.(shown); ok {
		return sh.v
	}
	return v
}

// cd is %cd.
func (s *Session) cd(dir string) error {
	old, _ := os.Getwd()
	switch {
	case dir == "" || dir == "~":
		home, err := os.UserHomeDir()
		if err != nil {
			return fmt.Errorf("%%cd: %w", err)
		}
		dir = home
	case dir == "-":
		if s.oldwd == "" {
			return usageError("%%cd -: no previous directory")
		}
		dir = s.oldwd
	case strings.HasPrefix(dir, "~/"):
		home, err := os.UserHomeDir()
		if err != nil {
			return fmt.Errorf("%%cd: %w", err)
		}
		dir = home + dir[1:]
	}
	dir = strings.Trim(dir, `"'`)
	if err := os.Chdir(dir); err != nil {
		return usageError("%%cd: %s", strings.TrimPrefix(err.Error(), "chdir "))
	}
	s.oldwd = old
	wd, _ := os.Getwd()
	fmt.Fprintln(hook.Stdout(), wd)
	return nil
}

// shell runs a !COMMAND line with /bin/sh -c, its output streamed to the
// cell. The command runs in its own process group: an interrupt sends it
// SIGINT, as Ctrl-C in a terminal does (then SIGKILL after a second).
func (s *Session) shell(ctx context.Context, run *cellRun, line string) error {
	line = s.expand(ctx, run, strings.TrimSpace(line))
	cmd := exec.Command("/bin/sh", "-c", line)
	cmd.Env = hook.Environ() // what the cells set with os.Setenv, as IPython's ! sees os.environ
	// The copies run in goroutines bound to no scope: they write to the
	// active scope, the running cell, which waits for them.
	cmd.Stdout, cmd.Stderr = hook.Stdout(), hook.Stderr()
	cmd.WaitDelay = time.Second // a background child keeping the pipes open
	ownGroup(cmd)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("!%s: %w", line, err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = cmd.Wait() // an exit status is not an error, as in IPython
	}()
	select {
	case <-done:
		return nil
	case <-run.scope.Done():
	case <-ctx.Done():
	}
	signalGroup(cmd, syscall.SIGINT)
	select {
	case <-done:
	case <-time.After(time.Second):
		signalGroup(cmd, syscall.SIGKILL)
		<-done
	}
	return s.interruptError(nil, false)
}

// expand substitutes {EXPR} and $NAME in a shell line, as IPython does:
// what cannot be evaluated stays as written.
func (s *Session) expand(ctx context.Context, run *cellRun, line string) string {
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case (c == '{' || c == '}' || c == '$') && i+1 < len(line) && line[i+1] == c:
			b.WriteByte(c)
			i++
		case c == '{':
			depth, j := 1, i+1
			for ; j < len(line) && depth > 0; j++ {
				switch line[j] {
				case '{':
					depth++
				case '}':
					depth--
				}
			}
			if depth == 0 {
				if v, ok := s.valueText(ctx, run, line[i+1:j-1]); ok {
					b.WriteString(v)
					i = j - 1
					continue
				}
			}
			b.WriteByte(c)
		case c == '$' && i+1 < len(line) && (line[i+1] == '_' || unicode.IsLetter(rune(line[i+1]))):
			j := i + 1
			for j < len(line) && (line[j] == '_' || unicode.IsLetter(rune(line[j])) || unicode.IsDigit(rune(line[j]))) {
				j++
			}
			if s.declKind(line[i+1:j]) != "" {
				if v, ok := s.valueText(ctx, run, line[i+1:j]); ok {
					b.WriteString(v)
					i = j - 1
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// valueText evaluates a Go expression in the session and formats its
// value(s) as fmt.Sprint does.
func (s *Session) valueText(ctx context.Context, run *cellRun, expr string) (string, bool) {
	if strings.TrimSpace(expr) == "" {
		return "", false
	}
	if _, err := parser.ParseExpr(expr); err != nil {
		return "", false
	}
	vs, ok, err := s.runGo(ctx, run, expr)
	if err != nil || !ok || len(vs) == 0 {
		return "", false
	}
	texts := make([]string, len(vs))
	for i, v := range vs {
		texts[i] = fmt.Sprint(unshow(v))
	}
	return strings.Join(texts, " "), true
}

// magicAt returns the magic name ("%time", "%%timeit") that code has at
// cursor (a byte offset), if any.
func magicAt(code string, off int) (name string, start int, ok bool) {
	i, j := off, off
	for i > 0 && isMagicRune(code[i-1]) {
		i--
	}
	for j < len(code) && isMagicRune(code[j]) {
		j++
	}
	k := i
	for k > 0 && code[k-1] == '%' && i-k < 2 {
		k--
	}
	if k == i {
		return "", 0, false
	}
	// Only at the start of a line.
	ls := strings.LastIndexByte(code[:k], '\n') + 1
	if strings.TrimSpace(code[ls:k]) != "" {
		return "", 0, false
	}
	return code[k:j], k, true
}

func isMagicRune(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// completeMagic completes a %name at the cursor.
func completeMagic(code string, off int) ([]string, int, bool) {
	name, start, ok := magicAt(code[:off], off)
	if !ok {
		return nil, 0, false
	}
	var matches []string
	for _, n := range append(magicNames(lineMagics, "%"), magicNames(cellMagics, "%%")...) {
		if strings.HasPrefix(n, name) {
			matches = append(matches, n)
		}
	}
	return matches, start, true
}

// inspectMagic describes the %name at the cursor.
func inspectMagic(code string, off int) (map[string]any, bool) {
	name, _, ok := magicAt(code, off)
	if !ok {
		return nil, false
	}
	var d magicDoc
	if n, ok := strings.CutPrefix(name, "%%"); ok {
		d, ok = cellMagics[n]
		if !ok {
			return nil, false
		}
	} else if d, ok = lineMagics[strings.TrimPrefix(name, "%")]; !ok {
		return nil, false
	}
	text := d.usage + "\n\n" + d.doc
	return map[string]any{"text/plain": text}, true
}

// goOnly returns the Go part of a cell with magics (magic lines blanked),
// for is_complete.
func goOnly(code string) string {
	mc, ok := splitMagics(code)
	if !ok {
		return code
	}
	if mc.cell != "" {
		return goOnly(mc.body)
	}
	var b strings.Builder
	for _, sg := range mc.segs {
		if !sg.magic {
			b.WriteString(strings.TrimLeft(sg.text, "\n"))
		}
		b.WriteString("\n")
	}
	return b.String()
}
