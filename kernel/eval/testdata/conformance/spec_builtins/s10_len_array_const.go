// len and cap of an array or a pointer to an array are constants when the
// argument has no function call or channel receive: the argument is not
// evaluated (a nil pointer is not dereferenced). With a call or a receive,
// it is evaluated, for its effects, and the length is still the type's.
package main

import "fmt"

type S struct {
	a [4]int
	p *[5]string
}

var calls int

func nilArr() *[3]int { calls++; return nil }

func main() {
	var p *[10]int
	fmt.Println(len(p), cap(p), len(*p), cap(*p))
	var s *S
	fmt.Println(len(s.a), cap(s.a))
	var t S
	fmt.Println(len(t.p), len(*t.p))
	const n = len([7]byte{})
	var arr [n]int
	fmt.Println(n, len(arr), len(&arr))
	fmt.Println(len(nilArr()), calls)
	ch := make(chan [2]int, 1)
	ch <- [2]int{}
	fmt.Println(len(<-ch), len(ch))
	sum := 0
	for i := range p {
		sum += i
	}
	for i, _ := range p {
		sum += i
	}
	fmt.Println(sum)
	grid := new([3][4]int)
	fmt.Println(len(grid), len(grid[0]), len(grid[1:]))
	func() {
		defer func() { fmt.Println("value range of a nil array pointer panics:", recover() != nil) }()
		for _, v := range p {
			fmt.Println(v)
		}
	}()
}
