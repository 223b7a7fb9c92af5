package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Temp struct {
	City string
	C    Celsius
}

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) String() string { return a.Owner + ":" + strconv.Itoa(a.Balance) }

type List []int

func (l List) String() string { return fmt.Sprintf("List(%d items)", len(l)) }

type errT struct{ code int }

func (e *errT) Error() string { return "code " + strconv.Itoa(e.code) }

func find(ok bool) error {
	var p *errT
	if !ok {
		p = &errT{404}
	}
	if p == nil {
		return nil
	}
	return p
}

func main() {
	t := Temp{"Oslo", -3.5}
	fmt.Println(t)
	fmt.Printf("%v %+v %s\n", t, t, t.C)
	a := Account{"ann", 10}
	fmt.Println(a)
	fmt.Println(&a)
	fmt.Printf("%v %s\n", &a, &a)
	accts := []*Account{{"bo", 1}, {"cy", 2}}
	fmt.Println(accts)
	fmt.Println(List{1, 2, 3}, []List{{1}, {}})
	fmt.Println(find(true), find(false))
	m := map[string]Celsius{"x": 1}
	fmt.Println(m)
	var s fmt.Stringer = Celsius(100)
	fmt.Println(s)
	fmt.Printf("%.2f %v\n", Celsius(5), []Celsius{1, 2})
}
