package eval

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Error is a failed cell: a compile error, a panic, an interrupt or an exit.
// It implements kernel.CellError.
type Error struct {
	// Name is the kind of failure: "CompileError", "panic",
	// "KeyboardInterrupt" or "SystemExit".
	Name string
	// Value is the one-line message, e.g. "3:5: undefined: x" or
	// "runtime error: index out of range [5] with length 3".
	Value string
	// Trace lists the lines shown to the user.
	Trace []string
	// Code is the exit code of os.Exit (SystemExit only).
	Code int
}

// Error implements error.
func (e *Error) Error() string {
	if e.Name == "CompileError" {
		return e.Value
	}
	return e.Name + ": " + e.Value
}

// Ename implements kernel.CellError.
func (e *Error) Ename() string { return e.Name }

// Evalue implements kernel.CellError.
func (e *Error) Evalue() string { return e.Value }

// Traceback implements kernel.CellError.
func (e *Error) Traceback() []string { return e.Trace }

const (
	red   = "\x1b[0;31m"
	reset = "\x1b[0m"
)

// lineMap maps the interpreter's virtual line numbers back to cells: every
// cell gets its own range of lines (through //line directives), so that a
// position printed by yaegi names both the cell and the line within it.
type lineMap struct {
	mu     sync.Mutex
	next   int
	ranges []lineRange
}

type lineRange struct {
	base, n int   // virtual lines [base, base+n)
	cell    int64 // scope ID of the cell, -1 for the kernel's own code
	src     string
}

// add reserves the lines of a new cell and returns its first virtual line.
func (m *lineMap) add(cell int64, src string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.next == 0 {
		m.next = 1
	}
	base := m.next
	n := strings.Count(src, "\n") + 1
	m.next += n + 1
	m.ranges = append(m.ranges, lineRange{base: base, n: n, cell: cell, src: src})
	return base
}

// lookup returns the range holding virtual line v.
func (m *lineMap) lookup(v int) (lineRange, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].base+m.ranges[i].n > v })
	if i < len(m.ranges) && m.ranges[i].base <= v {
		return m.ranges[i], true
	}
	return lineRange{}, false
}

var posRe = regexp.MustCompile(`(?:_\.go:)?(\d+):(\d+)`)

// translate rewrites the virtual positions in msg as cell positions: "L:C"
// in the cell base (the current one), "cell[ID]:L:C" elsewhere.
func (m *lineMap) translate(msg string, base int) string {
	return posRe.ReplaceAllStringFunc(msg, func(p string) string {
		line, col, ok := m.position(p, base)
		if !ok {
			return p
		}
		return fmt.Sprintf("%s%d:%d", line.prefix(), line.line, col)
	})
}

type cellLine struct {
	r    lineRange
	line int
	cur  bool
}

func (l cellLine) prefix() string {
	if l.cur {
		return ""
	}
	if l.r.cell < 0 {
		return "gonotes:"
	}
	return fmt.Sprintf("cell[%d]:", l.r.cell)
}

// text returns the source line.
func (l cellLine) text() string {
	lines := strings.Split(l.r.src, "\n")
	if l.line-1 < len(lines) {
		return lines[l.line-1]
	}
	return ""
}

// position parses "[_.go:]V:C" into a cell line.
func (m *lineMap) position(p string, base int) (cellLine, int, bool) {
	sm := posRe.FindStringSubmatch(p)
	if sm == nil {
		return cellLine{}, 0, false
	}
	v, _ := strconv.Atoi(sm[1])
	col, _ := strconv.Atoi(sm[2])
	r, ok := m.lookup(v)
	if !ok {
		return cellLine{}, 0, false
	}
	return cellLine{r: r, line: v - r.base + 1, cur: r.base == base}, col, true
}

// compileError builds the error of a cell that failed to compile; msg holds
// virtual positions.
func (s *Session) compileError(msg string, base int) *Error {
	msg = gcSyntaxMessage(strings.TrimSpace(msg))
	first := msg
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	// The first error's words in gc's, where they depend on the source
	// (s19-errwords19).
	if sm := posRe.FindStringIndex(first); sm != nil && sm[0] == 0 && len(first) > sm[1]+2 && first[sm[1]:sm[1]+2] == ": " {
		if cl, col, ok := s.lines.position(first[:sm[1]], base); ok {
			if w := gcSyntaxInContext(first[sm[1]+2:], cl.r.src, cl.line, col); w != "" {
				first = first[:sm[1]+2] + w
				rest := ""
				if i := strings.IndexByte(msg, '\n'); i >= 0 {
					rest = msg[i:]
				}
				msg = first + rest
			}
		}
	}
	e := &Error{Name: "CompileError", Value: s.lines.translate(first, base)}
	for _, l := range strings.Split(msg, "\n") {
		e.Trace = append(e.Trace, red+s.lines.translate(l, base)+reset)
	}
	if sm := posRe.FindStringIndex(first); sm != nil && sm[0] == 0 {
		if cl, col, ok := s.lines.position(first[:sm[1]], base); ok {
			e.Trace = append(e.Trace, caret(cl.text(), col)...)
		}
	}
	return e
}

// caret returns the source line and a caret under column col (1-based,
// in bytes).
func caret(src string, col int) []string {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	pad := []byte{}
	for i := 0; i < col-1 && i < len(src); i++ {
		if src[i] == '\t' {
			pad = append(pad, '\t')
		} else {
			pad = append(pad, ' ')
		}
	}
	return []string{"    " + src, "    " + string(pad) + "^"}
}

// traceLines turns yaegi's panic lines (innermost frame first) into
// traceback lines relative to the cell with scope ID cell.
func (s *Session) traceLines(lines []string, cell int64) []string {
	var out []string
	for i, l := range lines {
		sm := panicLine.FindStringSubmatch(l)
		if sm == nil {
			continue
		}
		fn := strings.TrimPrefix(sm[4], "main.")
		if fn == "main" {
			fn = "cell"
		}
		fn = strings.ReplaceAll(fn, mainRename, "main")
		if sm[2] == "" || (sm[1] != "" && sm[1] != "_.go") {
			continue // no position, or not a cell's: a frame of the kernel's own code or of a package interpreted from the toolchain's sources
		}
		pos := sm[2] + ":" + sm[3]
		where := pos
		cl, col, ok := s.lines.position(pos, -1)
		if ok {
			cl.cur = cl.r.cell == cell && cell >= 0
			where = fmt.Sprintf("%s%d:%d", cl.prefix(), cl.line, col)
			if cl.cur {
				where = fmt.Sprintf("line %d:%d", cl.line, col)
			}
		}
		if i > 0 && len(out) > 0 && out[len(out)-1] == "    at "+where+" in "+fn {
			continue
		}
		out = append(out, "    at "+where+" in "+fn)
		if i == 0 && ok {
			if t := strings.TrimSpace(cl.text()); t != "" {
				out = append(out, "        "+t)
			}
		}
	}
	return out
}
