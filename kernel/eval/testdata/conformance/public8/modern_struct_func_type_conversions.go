package main

import (
	"encoding/json"
	"fmt"
)

type APIUser struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

type DBUser struct {
	Name  string `db:"name"`
	Email string `db:"email"`
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Handler func(string) string
type Middleware func(Handler) Handler

func (h Handler) Serve(s string) string { return h(s) }

type IDs []int

func (ids IDs) Sum() (s int) {
	for _, v := range ids {
		s += v
	}
	return
}

func main() {
	a := APIUser{"ann", "a@x.io"}
	d := DBUser(a)
	fmt.Printf("%+v %T\n", d, d)
	b, _ := json.Marshal(APIUser(d))
	fmt.Println(string(b))
	fmt.Printf("%.1f %T\n", CToF(100), CToF(-40))
	var h Handler = func(s string) string { return "<" + s + ">" }
	var logm Middleware = func(next Handler) Handler {
		return func(s string) string { return "log(" + next(s) + ")" }
	}
	fmt.Println(logm(h).Serve("x"), Handler(func(s string) string { return s + s }).Serve("ab"))
	raw := []int{1, 2, 3}
	fmt.Println(IDs(raw).Sum(), IDs{4, 5}.Sum())
	p := &struct{ Name, Email string }{"cy", "c@y"}
	fmt.Printf("%+v\n", APIUser(*p))
	arr := [3]int(raw)
	ptr := (*[2]int)(raw)
	ptr[0] = 9
	fmt.Println(arr, raw, len(ptr))
}
