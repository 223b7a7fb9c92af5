package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// benchCellOnce is benchCell with a warm-up of one iteration (for an fn
// whose iteration takes long).
func benchCellOnce(b *testing.B, src string) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	scope := hook.NewScope(1, nil, nil)
	if _, err := s.Execute(bg, scope, src); err != nil {
		b.Fatal(err)
	}
	f, err := s.Lookup("fn")
	if err != nil {
		b.Fatal(err)
	}
	fn := f.(func(int))
	fn(1)
	b.ResetTimer()
	fn(b.N)
}

// sudokuDecls is the Grid type of the conformance program
// programs/sudoku_validator.go (without its main).
func sudokuDecls(b *testing.B) string {
	src, err := os.ReadFile("testdata/conformance/programs/sudoku_validator.go")
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	s = strings.TrimPrefix(s, "package main\n")
	s = s[:strings.Index(s, "func main()")]
	return s
}

// BenchmarkCellSudoku is one solve of programs/sudoku_validator.go's grid
// (array-of-array indexing through a pointer receiver, method calls).
func BenchmarkCellSudoku(b *testing.B) {
	benchCellOnce(b, sudokuDecls(b)+`
var start = Grid{
	{5, 3, 0, 0, 7, 0, 0, 0, 0},
	{6, 0, 0, 1, 9, 5, 0, 0, 0},
	{0, 9, 8, 0, 0, 0, 0, 6, 0},
	{8, 0, 0, 0, 6, 0, 0, 0, 3},
	{4, 0, 0, 8, 0, 3, 0, 0, 1},
	{7, 0, 0, 0, 2, 0, 0, 0, 6},
	{0, 6, 0, 0, 0, 0, 2, 8, 0},
	{0, 0, 0, 4, 1, 9, 0, 0, 5},
	{0, 0, 0, 0, 8, 0, 0, 7, 9},
}
var sink bool
func fn(n int) { for i := 0; i < n; i++ { g := start; sink = g.solve() } }`)
}

// BenchmarkCellSudokuValid is one call of valid() on a full grid.
func BenchmarkCellSudokuValid(b *testing.B) {
	benchCell(b, sudokuDecls(b)+`
var sink bool
func fn(n int) {
	var g Grid
	for i := 0; i < 9; i++ { for j := 0; j < 9; j++ { g[i][j] = (i*3+i/3+j)%9 + 1 } }
	for i := 0; i < n; i++ { sink, _ = g.valid() }
}`)
}

// BenchmarkCellPanicUnwind is a panic through 20 interpreted frames
// (without deferred calls) recovered by the caller of the first.
func BenchmarkCellPanicUnwind(b *testing.B) {
	benchCell(b, `func deep(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return deep(n-1) + 1
}
func catch() (r any) {
	defer func() { r = recover() }()
	deep(20)
	return nil
}
var sink any
func fn(n int) { for i := 0; i < n; i++ { sink = catch() } }`)
}

// Typical course code, one iteration of fn's loop each (ns/op).

// BenchmarkCellStringBuild is strings.Builder WriteString + WriteByte.
func BenchmarkCellStringBuild(b *testing.B) {
	benchCell(b, `import "strings"
var sink int
func fn(n int) { var sb strings.Builder; for i := 0; i < n; i++ { sb.WriteString("ab"); sb.WriteByte('c'); if sb.Len() > 1<<16 { sb.Reset() } }; sink = sb.Len() }`)
}

// BenchmarkCellByteLoop is a loop over a []byte counting vowels.
func BenchmarkCellByteLoop(b *testing.B) {
	benchCell(b, `var data = []byte("the quick brown fox jumps over the lazy dog")
var sink int
func fn(n int) { c := 0; for i := 0; i < n; i++ { x := data[i%len(data)]; if x == 'a' || x == 'e' || x == 'o' { c++ } }; sink = c }`)
}

// BenchmarkCellWordCount is a map[string]int increment.
func BenchmarkCellWordCount(b *testing.B) {
	benchCell(b, `var words = []string{"go", "python", "java", "rust", "c", "go", "go", "rust"}
var sink int
func fn(n int) { m := map[string]int{}; for i := 0; i < n; i++ { m[words[i%len(words)]]++ }; sink = m["go"] }`)
}

// BenchmarkCellValueMethod is a call of a value-receiver method.
func BenchmarkCellValueMethod(b *testing.B) {
	benchCell(b, `type V struct{ x, y int }
func (v V) sum() int { return v.x + v.y }
var sink int
func fn(n int) { v := V{1, 2}; t := 0; for i := 0; i < n; i++ { t += v.sum() }; sink = t }`)
}

// BenchmarkCellIfaceMethod is a call of a method through an interface.
func BenchmarkCellIfaceMethod(b *testing.B) {
	benchCell(b, `type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 { return q.s * q.s }
var sink float64
func fn(n int) { var s Shape = Sq{2}; t := 0.0; for i := 0; i < n; i++ { t += s.Area() }; sink = t }`)
}

// BenchmarkCellFloatLoop is float arithmetic in a loop.
func BenchmarkCellFloatLoop(b *testing.B) {
	benchCell(b, `var sink float64
func fn(n int) { x, v := 0.0, 1.0; for i := 0; i < n; i++ { v -= x * 0.001; x += v * 0.001 }; sink = x }`)
}

// BenchmarkCellSlice2D is an element of a [][]int read and written.
func BenchmarkCellSlice2D(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { g := make([][]int, 10); for i := range g { g[i] = make([]int, 10) }; for i := 0; i < n; i++ { r, c := i%10, (i/10)%10; g[r][c] += i }; sink = g[3][4] }`)
}

// BenchmarkCellAppend is append to a slice (reset every 1,024).
func BenchmarkCellAppend(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { var s []int; for i := 0; i < n; i++ { s = append(s, i); if len(s) == 1024 { s = s[:0] } }; sink = len(s) }`)
}

// BenchmarkCellSwitch is an expression switch on an int.
func BenchmarkCellSwitch(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { switch i % 4 { case 0: t += 1; case 1: t += 2; case 2: t -= 1; default: t++ } }; sink = t }`)
}
