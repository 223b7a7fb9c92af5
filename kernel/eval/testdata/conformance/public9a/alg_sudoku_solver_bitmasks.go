package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Board [9][9]uint8

type Solver struct {
	b                 Board
	rows, cols, boxes [9]uint16
	nodes             int
}

func NewSolver(s string) (*Solver, error) {
	sv := &Solver{}
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return nil, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, c := range s {
		r, col := i/9, i%9
		if c == '.' || c == '0' {
			continue
		}
		d := uint8(c - '0')
		bit := uint16(1) << d
		box := r/3*3 + col/3
		if sv.rows[r]&bit != 0 || sv.cols[col]&bit != 0 || sv.boxes[box]&bit != 0 {
			return nil, fmt.Errorf("conflict at r%dc%d digit %d", r+1, col+1, d)
		}
		sv.b[r][col] = d
		sv.rows[r] |= bit
		sv.cols[col] |= bit
		sv.boxes[box] |= bit
	}
	return sv, nil
}

func (s *Solver) solve() bool {
	s.nodes++
	bestR, bestC, bestCount := -1, -1, 10
	var bestMask uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s.b[r][c] != 0 {
				continue
			}
			mask := ^(s.rows[r] | s.cols[c] | s.boxes[r/3*3+c/3]) & 0x3FE
			if n := bits.OnesCount16(mask); n < bestCount {
				bestR, bestC, bestCount, bestMask = r, c, n, mask
			}
		}
	}
	if bestR < 0 {
		return true
	}
	box := bestR/3*3 + bestC/3
	for m := bestMask; m != 0; m &= m - 1 {
		d := uint8(bits.TrailingZeros16(m))
		bit := uint16(1) << d
		s.b[bestR][bestC] = d
		s.rows[bestR] |= bit
		s.cols[bestC] |= bit
		s.boxes[box] |= bit
		if s.solve() {
			return true
		}
		s.rows[bestR] &^= bit
		s.cols[bestC] &^= bit
		s.boxes[box] &^= bit
	}
	s.b[bestR][bestC] = 0
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := `
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79`
	s, err := NewSolver(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.solve(), s.nodes)
	fmt.Print(s.b)
	_, err = NewSolver("55" + strings.Repeat(".", 79))
	fmt.Println(err)
	_, err = NewSolver("123")
	fmt.Println(err)
}
