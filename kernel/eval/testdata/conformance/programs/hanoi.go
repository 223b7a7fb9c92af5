package main

import "fmt"

type Move struct {
	Disk     int
	From, To string
}

func (m Move) String() string { return fmt.Sprintf("disk %d: %s->%s", m.Disk, m.From, m.To) }

func hanoi(n int, from, to, via string, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

func main() {
	var moves []Move
	hanoi(3, "A", "C", "B", &moves)
	for i, m := range moves {
		fmt.Println(i+1, m)
	}
	fmt.Println(moves[:2])
	fmt.Printf("%v|%+v|%s\n", moves[0], moves[1], moves[2])
	var big []Move
	hanoi(10, "L", "R", "M", &big)
	fmt.Println(len(big), big[len(big)-1])
}
