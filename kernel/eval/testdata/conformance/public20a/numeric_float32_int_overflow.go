package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float32 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Scale(s float32) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float32   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Len() float32         { return float32(math.Sqrt(float64(a.Dot(a)))) }

func main() {
	var f float32 = 16777216
	fmt.Println(f+1 == f, f+2, float64(f)+1)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64, float32(sum64))
	var acc float32 = 1
	for i := 0; i < 30; i++ {
		acc = acc*1.1 + 0.3
	}
	fmt.Println(acc)
	x := float32(1) / 3
	y := x * 3
	fmt.Println(x, y, y == 1, float64(x))
	v := Vec3{1.1, 2.2, 3.3}
	w := v.Scale(0.7).Add(Vec3{0.1, 0.2, 0.3})
	fmt.Println(w, w.Dot(v), w.Len())
	fmt.Printf("%.10f %.10f\n", w.X, float64(w.X))
	a32 := []float32{3.14159265358979, 2.71828182845904, 1.41421356237309}
	prod := float32(1)
	for _, a := range a32 {
		prod *= a
	}
	fmt.Println(prod, a32)
	h := float32(0.1)
	h2 := h * h
	fmt.Println(h2, float64(h)*float64(h), h2 == float32(float64(h)*float64(h)))
	d := float32(10)
	d /= 3
	d -= 1.0 / 3
	fmt.Println(d)
	fmt.Println(math.Float32bits(float32(0.1)), math.Float32frombits(0x3f800001))

	var i8 int8 = 100
	i8 += 100
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 10
	u8 -= 20
	fmt.Println(u8)
	u8 *= 3
	fmt.Println(u8)
	var i16 int16 = 300
	i16 *= 300
	fmt.Println(i16)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32, -i32, i32/-1)
	var i64 int64 = math.MinInt64
	fmt.Println(i64/-1, i64%-1, -i64)
	var u32 uint32 = 1 << 31
	u32 <<= 1
	fmt.Println(u32)
	var u64 uint64 = math.MaxUint64
	u64 += 2
	fmt.Println(u64)
	n := 1
	for i := 0; i < 70; i++ {
		n *= 3
	}
	fmt.Println(n)
	var sh int = -8
	fmt.Println(sh>>1, sh>>63, uint(sh)>>60, sh<<60)
	var s uint = 65
	fmt.Println(int64(1)<<s, int32(-1)<<31, uint8(255)>>s)
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2)
	bigf := 1e19
	fmt.Println(uint64(bigf), int64(float32(1e9)), int(bigf/bigf*2.9), int(-bigf/bigf*2.9), int64(math.Round(2.5)), math.Round(-2.5))
	fmt.Println(math.Trunc(-1.7), math.Floor(-1.2), math.Ceil(-1.7), math.Mod(7, -3), math.Remainder(7, 3))
	m1, b200, m2, u4 := int8(-1), uint8(200), int8(-2), uint32(4294967295)
	fmt.Println(uint8(m1), int8(b200), uint16(m2), int32(u4))
	c := complex64(complex(1.1, 2.2))
	fmt.Println(c*c, c/complex(0.3, 0.4), real(c)+imag(c))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Pow(2, -3), math.Log2(1024), math.Log10(0.001), math.Exp(1))
	fmt.Println(math.IsInf(1/math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Atan2(1, -1), math.Asinh(1))
	fr, ex := math.Frexp(48)
	fmt.Println(fr, ex, math.Ldexp(0.75, 6))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Float64bits(1.0))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter32(1, 2)-1)
}
