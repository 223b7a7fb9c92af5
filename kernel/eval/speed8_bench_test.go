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
