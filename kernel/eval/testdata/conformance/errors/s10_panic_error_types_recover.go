package main

import (
	"errors"
	"fmt"
)

type Error string

func (e Error) Error() string { return string(e) }

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("both-err %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("both-str %d", b.n) }

type PErr struct{ msg string }

func (p *PErr) Error() string { return "perr " + p.msg }

func catch(f func()) (err error) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("recovered %T %v\n", e, e)
			switch v := e.(type) {
			case Error:
				err = v
			case Both:
				fmt.Println("Both", v.n)
				err = v
			case error:
				err = v
			default:
				err = fmt.Errorf("other: %v", v)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(catch(func() { panic(Error("x")) }))
	err := catch(func() { panic(Both{2}) })
	fmt.Println(err, errors.Is(err, Both{2}))
	p := &PErr{"p"}
	err = catch(func() { panic(p) })
	fmt.Println(err, err == p)
	var e error = Both{3}
	err = catch(func() { panic(e) })
	fmt.Println(err, err == e)
	err = catch(func() { panic([]error{Both{4}}[0]) })
	fmt.Println(err)
	err = catch(func() { panic(fmt.Stringer(Both{5})) })
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			be, ok := r.(Error)
			fmt.Println(be, ok, string(be) == "direct")
		}()
		panic(Error("direct"))
	}()
}
