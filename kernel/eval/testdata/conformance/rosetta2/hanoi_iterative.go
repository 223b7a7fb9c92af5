package main

import "fmt"

type move struct{ from, to int }

func hanoi(n, from, to, via int, moves *[]move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, move{from, to})
	hanoi(n-1, via, to, from, moves)
}

func main() {
	var moves []move
	hanoi(4, 1, 3, 2, &moves)
	fmt.Println(len(moves))
	pegs := [][]int{{4, 3, 2, 1}, {}, {}}
	for i, m := range moves {
		f, t := m.from-1, m.to-1
		disk := pegs[f][len(pegs[f])-1]
		pegs[f] = pegs[f][:len(pegs[f])-1]
		if len(pegs[t]) > 0 && pegs[t][len(pegs[t])-1] < disk {
			panic("illegal move")
		}
		pegs[t] = append(pegs[t], disk)
		if i < 5 {
			fmt.Printf("move disk %d from %d to %d\n", disk, m.from, m.to)
		}
	}
	fmt.Println(pegs)
}
