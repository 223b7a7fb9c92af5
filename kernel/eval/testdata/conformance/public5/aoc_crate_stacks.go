package main

import (
	"fmt"
	"strings"
)

const input = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

type Stack []byte

func (s *Stack) Push(b ...byte) { *s = append(*s, b...) }
func (s *Stack) PopN(n int) []byte {
	old := *s
	top := append([]byte(nil), old[len(old)-n:]...)
	*s = old[:len(old)-n]
	return top
}
func (s Stack) Top() byte {
	if len(s) == 0 {
		return ' '
	}
	return s[len(s)-1]
}

type Move struct{ N, From, To int }

func parse(in string) ([]Stack, []Move) {
	parts := strings.SplitN(in, "\n\n", 2)
	drawing := strings.Split(parts[0], "\n")
	labels := strings.Fields(drawing[len(drawing)-1])
	stacks := make([]Stack, len(labels))
	for i := len(drawing) - 2; i >= 0; i-- {
		row := drawing[i]
		for j := range stacks {
			pos := 1 + 4*j
			if pos < len(row) && row[pos] != ' ' {
				stacks[j].Push(row[pos])
			}
		}
	}
	var moves []Move
	for _, line := range strings.Split(parts[1], "\n") {
		var m Move
		if _, err := fmt.Sscanf(line, "move %d from %d to %d", &m.N, &m.From, &m.To); err != nil {
			panic(err)
		}
		m.From--
		m.To--
		moves = append(moves, m)
	}
	return stacks, moves
}

func run(stacks []Stack, moves []Move, reverse bool) string {
	st := make([]Stack, len(stacks))
	for i := range stacks {
		st[i] = append(Stack(nil), stacks[i]...)
	}
	for _, m := range moves {
		crates := st[m.From].PopN(m.N)
		if reverse {
			for i, j := 0, len(crates)-1; i < j; i, j = i+1, j-1 {
				crates[i], crates[j] = crates[j], crates[i]
			}
		}
		st[m.To].Push(crates...)
	}
	var sb strings.Builder
	for _, s := range st {
		sb.WriteByte(s.Top())
	}
	return sb.String()
}

func main() {
	stacks, moves := parse(input)
	for i, s := range stacks {
		fmt.Printf("%d: %s\n", i+1, s)
	}
	fmt.Printf("%+v\n", moves)
	fmt.Println(run(stacks, moves, true), run(stacks, moves, false))
	fmt.Printf("%q %v\n", stacks[0], stacks[1])
}
