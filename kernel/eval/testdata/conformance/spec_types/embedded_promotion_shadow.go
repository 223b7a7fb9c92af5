package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b Base) Hello() string    { return "hello from base" }

type Mid struct {
	Base
	ID string
}

func (m Mid) Describe() string { return "mid " + m.ID }

type Top struct {
	Mid
}

func main() {
	t := Top{Mid{Base{7}, "m"}}
	fmt.Println(t.ID, t.Base.ID, t.Mid.Base.ID)
	fmt.Println(t.Describe(), "|", t.Base.Describe(), "|", t.Hello())
	t.Base.ID = 8
	fmt.Println(t.Mid.Base.ID)
	fmt.Printf("%+v\n", t)
}
