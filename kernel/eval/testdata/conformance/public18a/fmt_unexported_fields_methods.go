package main

import (
	"errors"
	"fmt"
	"time"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type inner struct{ v int }

func (i inner) String() string { return "INNER" }

type Rec struct {
	Pub  Temp
	priv Temp
	Err  error
	perr Code
	in   inner
	In   inner
	d    time.Duration
	D    time.Duration
	arr  [2]Temp
	Arr  [2]Temp
	m    map[string]Temp
	ptr  *inner
	anyv any
	Anyv any
}

func main() {
	r := Rec{Pub: 1, priv: 2, Err: Code(3), perr: 4, in: inner{5}, In: inner{6}, d: time.Second, D: time.Minute,
		arr: [2]Temp{7, 8}, Arr: [2]Temp{9, 10}, m: map[string]Temp{"k": 11}, anyv: Temp(12), Anyv: Temp(13)}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println([]any{r.priv, r.in})
	type wrap struct{ e error }
	fmt.Printf("%v %+v\n", wrap{Code(1)}, wrap{nil})
	_ = errors.New
}
