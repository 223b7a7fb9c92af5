package main

import (
	"fmt"
	"math"
)

type (
	Point struct{ x, y float64 }
	polar Point
)

type TreeNode struct {
	left, right *TreeNode
	value       any
}

type Block interface {
	BlockSize() int
	Encrypt(src, dst []byte)
	Decrypt(src, dst []byte)
}

type Mutex struct{}

func (m *Mutex) Lock()   {}
func (m *Mutex) Unlock() {}

type NewMutex Mutex
type PtrMutex *Mutex

type PrintableMutex struct {
	Mutex
}

type MyBlock interface {
	Block
}

func (p *Point) Length() float64 { return math.Sqrt(p.x*p.x + p.y*p.y) }
func (p *Point) Scale(factor float64) {
	p.x *= factor
	p.y *= factor
}

type xor struct{ key byte }

func (x xor) BlockSize() int { return 1 }
func (x xor) Encrypt(src, dst []byte) {
	for i, b := range src {
		dst[i] = b ^ x.key
	}
}
func (x xor) Decrypt(src, dst []byte) { x.Encrypt(src, dst) }

func main() {
	p := Point{3, 4}
	fmt.Println(p.Length())
	p.Scale(2)
	fmt.Println(p, p.Length())
	pp := polar(p)
	fmt.Println(pp.x, pp.y)
	t := &TreeNode{value: 1, left: &TreeNode{value: "l"}}
	fmt.Println(t.left.value, t.right == nil)
	var b MyBlock = xor{0x2a}
	src := []byte("hi")
	dst := make([]byte, 2)
	b.Encrypt(src, dst)
	out := make([]byte, 2)
	b.Decrypt(dst, out)
	fmt.Println(dst, string(out), b.BlockSize())
	var pm PrintableMutex
	pm.Lock()
	pm.Unlock()
	var nm NewMutex
	_ = nm
	var ptr PtrMutex = &Mutex{}
	fmt.Println(ptr != nil)
	a := [...]string{2: "c", 0: "a"}
	fmt.Println(len(a), a)
	primes := [6]int{2, 3, 5, 7, 9, 2147483647}
	fmt.Println(primes[len(primes)-1])
	var x interface{} = 7
	i := x.(int)
	_, ok := x.(string)
	fmt.Println(i, ok)
	ch := make(chan<- float64, 1)
	ch <- 2.5
	fmt.Println(len(ch), cap(ch))
	type F func(int) int
	var f F = func(n int) int { return n * n }
	fmt.Println(f(9))
	const big = 1 << 62
	fmt.Println(big>>60, uint64(big)*2)
	var arr [2][3]int
	arr[1][2] = 5
	fmt.Println(arr, len(arr[0]))
	s := make([]int, 2, 10)
	fmt.Println(len(s), cap(s), len(s[1:9]), cap(s[1:9:9]))
}
