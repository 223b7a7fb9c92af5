package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Board [81]uint8

func parse(s string) (b Board) {
	s = strings.Join(strings.Fields(s), "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			b[i] = uint8(c - '0')
		}
	}
	return
}

type Solver struct {
	b                 Board
	rows, cols, boxes [9]uint16
	steps             int
}

func box(i int) int { return (i/27)*3 + (i%9)/3 }

func NewSolver(b Board) (*Solver, bool) {
	s := &Solver{b: b}
	for i, v := range b {
		if v == 0 {
			continue
		}
		bit := uint16(1) << v
		r, c, x := i/9, i%9, box(i)
		if s.rows[r]&bit != 0 || s.cols[c]&bit != 0 || s.boxes[x]&bit != 0 {
			return nil, false
		}
		s.rows[r] |= bit
		s.cols[c] |= bit
		s.boxes[x] |= bit
	}
	return s, true
}

func (s *Solver) solve() bool {
	best, bestCount := -1, 10
	var bestMask uint16
	for i, v := range s.b {
		if v != 0 {
			continue
		}
		used := s.rows[i/9] | s.cols[i%9] | s.boxes[box(i)]
		free := ^used & 0x3FE
		if n := bits.OnesCount16(free); n < bestCount {
			best, bestCount, bestMask = i, n, free
			if n == 0 {
				return false
			}
		}
	}
	if best < 0 {
		return true
	}
	r, c, x := best/9, best%9, box(best)
	for m := bestMask; m != 0; m &= m - 1 {
		v := bits.TrailingZeros16(m)
		bit := uint16(1) << v
		s.steps++
		s.b[best] = uint8(v)
		s.rows[r] |= bit
		s.cols[c] |= bit
		s.boxes[x] |= bit
		if s.solve() {
			return true
		}
		s.rows[r] &^= bit
		s.cols[c] &^= bit
		s.boxes[x] &^= bit
	}
	s.b[best] = 0
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", b[r*9+c])
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`
	s, ok := NewSolver(parse(puzzle))
	fmt.Println(ok)
	fmt.Println(s.solve(), s.steps > 0)
	fmt.Print(s.b)
	_, ok = NewSolver(parse("55" + strings.Repeat(".", 79)))
	fmt.Println("invalid accepted:", ok)
	hard := "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."
	s2, _ := NewSolver(parse(hard))
	fmt.Println(s2.solve())
	fmt.Println(s2.b.String()[:42])
}
