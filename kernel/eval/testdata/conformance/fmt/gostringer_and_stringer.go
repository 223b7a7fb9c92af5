package main

import "fmt"

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Token struct{ ID int }

func (t Token) GoString() string { return fmt.Sprintf("Token(%d)", t.ID) }

func main() {
	s := Secret("pw")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	tk := Token{7}
	fmt.Printf("%v %+v %#v\n", tk, tk, tk)
	fmt.Printf("%#v\n", []Token{{1}, {2}})
}
