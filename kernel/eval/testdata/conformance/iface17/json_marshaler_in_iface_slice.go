package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Token interface{ Text() string }

type Word string

func (w Word) Text() string { return string(w) }
func (w Word) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToUpper(string(w)))
}

type Num int

func (n Num) Text() string { return fmt.Sprint(int(n)) }

type Line struct {
	Tokens []Token
	First  Token
	ByKey  map[string]Token
}

func main() {
	l := Line{Tokens: []Token{Word("hi"), Num(3)}, First: Word("go"), ByKey: map[string]Token{"k": Num(7), "w": Word("x")}}
	b, err := json.Marshal(l)
	fmt.Println(string(b), err)
}
