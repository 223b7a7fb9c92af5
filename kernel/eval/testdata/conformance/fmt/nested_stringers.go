package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"clubs", "hearts"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d of %v", c.Rank, c.Suit) }

type Hand struct {
	Owner string
	Cards []Card
	Best  *Card
	Count map[Suit]int
}

type Plain struct {
	S  Suit
	Xs []Suit
}

func main() {
	h := Hand{"ann", []Card{{3, 0}, {12, 1}}, &Card{1, 1}, map[Suit]int{1: 2}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Println(Plain{1, []Suit{0, 1}})
	fmt.Printf("%+v %v\n", Plain{0, nil}, []Plain{{1, nil}})
	fmt.Println([][]Suit{{0}, {1, 0}}, [2]Suit{1, 1})
	var arr [2]Card
	fmt.Println(arr)
}
