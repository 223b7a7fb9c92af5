package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

func Norm[T ~float64](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v Vec3) Cross(o Vec3) Vec3 {
	return Vec3{v[1]*o[2] - v[2]*o[1], v[2]*o[0] - v[0]*o[2], v[0]*o[1] - v[1]*o[0]}
}
func (v Vec3) Len() float64         { return math.Sqrt(v.Dot(v)) }
func (v Vec3) Unit() Vec3           { l := v.Len(); return Vec3{v[0] / l, v[1] / l, v[2] / l} }
func (v Vec3) Angle(o Vec3) float64 { return math.Acos(v.Dot(o)/(v.Len()*o.Len())) * 180 / math.Pi }

func main() {
	ms := []Meters{1.5, 2.5, 3}
	cs := []Count{1, 2, 4}
	fmt.Println(Sum(ms), Mean(ms), Sum(cs), Mean(cs), Norm(ms))
	fmt.Printf("%T %T\n", Sum(ms), Sum(cs))
	a, b := Vec3{1, 0, 0}, Vec3{0, 1, 0}
	fmt.Println(a.Cross(b), a.Dot(b), a.Angle(b), Vec3{3, 4, 12}.Len())
	fmt.Printf("%.4f\n", Vec3{1, 1, 1}.Unit())
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.MaxFloat64 > math.Inf(-1), math.SmallestNonzeroFloat64 > 0)
	fmt.Println(math.Hypot(math.Inf(1), math.NaN()), math.Pow(-8, 1.0/3), math.Cbrt(-8))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), float32(0.1) == 0.1, float64(float32(0.1)))
	fmt.Println(math.Trunc(math.MaxInt64), int64(math.Round(-2.5)), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Asinh(1), math.Atanh(0.5), math.Expm1(1e-10), math.Log1p(1e-10))
}
