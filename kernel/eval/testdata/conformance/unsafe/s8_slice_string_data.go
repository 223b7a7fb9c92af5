package main

import (
	"fmt"
	u "unsafe"
)

type Pt struct {
	X, Y int16
	Name string
}

type PtPtr *Pt
type Bytes []byte

var calls int

func f() Pt { calls++; return Pt{} }

func main() {
	pts := []Pt{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}}
	s := u.Slice(&pts[1], 2)
	s[0].X = 30
	fmt.Println(pts[1], len(s), cap(s), s[1].Name)
	var pp PtPtr = &pts[0]
	fmt.Println(u.Slice(pp, 1)[0].Y)
	b := Bytes("héllo")
	fmt.Println(*u.SliceData(b), u.String(u.SliceData(b), 3))
	str := "gopher"
	p := u.StringData(str)
	fmt.Println(string(*(*byte)(u.Add(u.Pointer(p), 2))))
	var n8 uint8 = 4
	fmt.Println(u.String(p, n8), u.String(p, int64(2)))
	fmt.Println(u.Sizeof(f()), calls)
	var np *Pt
	fmt.Println(u.Offsetof(np.Name), u.Sizeof(*np), u.Alignof(np.Y))
	arr := [4]int64{10, 20, 30, 40}
	q := u.Pointer(&arr[0])
	fmt.Println(*(*int64)(u.Add(q, 3*u.Sizeof(arr[0]))), *(*int64)(u.Add(u.Add(q, 16), -8)))
	ints := u.Slice(&arr[1], 2)
	ints = append(ints, 99)
	fmt.Println(arr, ints)
	fmt.Printf("%T %T %T %T\n", s, u.SliceData(ints), u.StringData(str), u.Add(q, 1))
	var nilInts []int
	fmt.Println(u.SliceData(nilInts) == nil, u.SliceData([]int{}) != nil, u.String(nil, 0) == "")
	var zp *struct{}
	fmt.Println(len(u.Slice(zp, 0)), u.Slice(zp, 0) == nil)
	words := [2]string{"x", "y"}
	ws := u.Slice(&words[0], len(words))
	fmt.Println(ws, u.Sizeof(ws), u.Sizeof(words))
}
