package main

import (
	"fmt"
	"math"
)

type T0 struct{ x int }

func (*T0) M0() string { return "T0.M0" }

type T1 struct{ y int }

func (T1) M1() string { return "T1.M1" }

type T2 struct {
	z int
	T1
	*T0
}

func (*T2) M2() string { return "T2.M2" }

type Q *T2

type T struct{ a int }

func (tv T) Mv(a int) int          { return tv.a + a }
func (tp *T) Mp(f float32) float32 { return float32(tp.a) * f }

func main() {
	var t T2
	t.T0 = &T0{}
	var p *T2 = &t
	var q Q = p
	fmt.Println(t.z, t.y, t.x, p.z, p.y, p.x, q.x)
	fmt.Println(t.M0(), t.M1(), t.M2(), p.M0(), p.M1(), p.M2())
	var tt T = T{3}
	fmt.Println(tt.Mv(7), T.Mv(tt, 7), (T).Mv(tt, 7))
	f1 := T.Mv
	f2 := (T).Mv
	f3 := (*T).Mp
	f4 := (*T).Mv
	fmt.Println(f1(tt, 1), f2(tt, 2), f3(&tt, 1.5), f4(&tt, 4))
	s0 := []int{0, 0}
	s1 := append(s0, 2)
	s2 := append(s1, 3, 5, 7)
	s3 := append(s2, s0...)
	s4 := append(s3[3:6], s3[2:]...)
	fmt.Println(s0, s1, s2, s3, s4)
	var t3 []any
	t3 = append(t3, 42, 3.1415, "foo")
	var b []byte
	b = append(b, "bar"...)
	fmt.Println(t3, b)
	var a = [...]int{0, 1, 2, 3, 4, 5, 6, 7}
	var s = make([]int, 6)
	var bb = make([]byte, 5)
	n1 := copy(s, a[0:])
	n2 := copy(s, s[2:])
	n3 := copy(bb, "Hello, World!")
	fmt.Println(n1, n2, n3, s, string(bb))
	var x, y = 5, 8
	var f = 1.5
	m := min(x)
	m = min(x, y, 10)
	c := max(1, 2.0, 10)
	fm := max(f, 0.5)
	sm := min("", "foo", "bar")
	fmt.Println(m, c, fm, sm == "", min(math.NaN(), 1), max(-0.0, 0.0))
	fmt.Printf("%T %T\n", c, max(x, 2))
	for i := 0; i <= 3; i++ {
		defer fmt.Print(i)
	}
	primes := []int{2, 3, 5, 7, 9, 2147483647}
	vowels := [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}
	filter := [10]float32{-1, 4: -0.1, -0.1, 9: -1}
	noteFrequency := map[string]float32{"C0": 16.35, "D0": 18.35, "E0": 20.60}
	fmt.Println(len(primes), vowels['e'], vowels['b'], filter, noteFrequency["D0"])
	days := [...]string{"Sat", "Sun"}
	fmt.Println(len(days), days)
	type Point3D struct{ x, y, z float64 }
	origin := Point3D{}
	line := struct{ p, q Point3D }{origin, Point3D{y: -4, z: 12.3}}
	fmt.Println(line)
	pp := &[][]int{{1}, {1, 2}}
	fmt.Println(len(*pp), (*pp)[1])
	type Key struct{ lat, long float64 }
	mk := map[Key]string{{1, 2}: "a"}
	fmt.Println(mk)
	fmt.Println()
}
