package main

import (
	"container/list"
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

func main() {
	l := list.New()
	l.PushBack(Both{1})
	l.PushBack(error(Both{2}))
	l.PushBack(fmt.Stringer(Both{3}))
	var es []error
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%v %T\n", e.Value, e.Value)
		if err, ok := e.Value.(error); ok {
			es = append(es, err)
		}
	}
	fmt.Println(es, len(es))
	fmt.Println(errors.Is(errors.Join(es...), Both{3}))
	for e := l.Front(); e != nil; e = e.Next() {
		if e.Value == any(Both{2}) {
			fmt.Println("found 2")
		}
	}
}
