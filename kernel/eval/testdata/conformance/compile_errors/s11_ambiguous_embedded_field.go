package main

import "fmt"

type Base struct{ ID int }

type Audit struct{ ID string }

type Doc struct {
	Base
	*Audit
	Title string
}

func main() {
	d := Doc{Base{1}, &Audit{"a"}, "t"}
	fmt.Println(d.ID)
}
