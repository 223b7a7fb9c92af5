package main

import (
	"errors"
	"fmt"
)

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Wrapper struct {
	C  Counter
	PC *Counter
	T  Temp
	PT *Temp
}

type Err struct{ code int }

func (e *Err) Error() string { return fmt.Sprint("err ", e.code) }

func main() {
	c := Counter{3}
	t := Temp(21.5)
	fmt.Println(c, &c, t, &t)
	fmt.Printf("%v %v %s %d\n", c, &c, t, c)
	w := Wrapper{c, &c, t, &t}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Counter{{1}}, []*Counter{{2}}, []Temp{1, 2}, map[string]*Counter{"k": {4}})
	var nilc *Counter
	fmt.Println(nilc == nil)
	var e error = &Err{7}
	fmt.Println(e, []error{e, errors.New("plain")})
	fmt.Printf("%v|%s|%q|%x\n", e, e, e, e)
	var nilErr *Err
	fmt.Printf("[%v]\n", nilErr == nil)
	arr := [2]Temp{3, 4}
	fmt.Printf("%v %v\n", arr, &arr)
	fmt.Println(fmt.Sprint(c) == fmt.Sprint(Counter{3}), fmt.Sprintf("%T %T", c, &c))
}
