package main

import (
	"fmt"
	"math"
)

const (
	_ = 1 << (10 * iota)
	KiB
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB
	YiB
)

const (
	KB = 1000
	MB = KB * KB
	GB = MB * KB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagPointToPoint
	FlagMulticast
)

func IsUp(v Flags) bool     { return v&FlagUp == FlagUp }
func TurnDown(v *Flags)     { *v &^= FlagUp }
func SetBroadcast(v *Flags) { *v |= FlagBroadcast }
func IsCast(v Flags) bool   { return v&(FlagBroadcast|FlagMulticast) != 0 }

func main() {
	fmt.Println(KiB, MiB, GiB, TiB, PiB, EiB)
	fmt.Println(YiB/ZiB, float64(YiB), GB)
	var v Flags = FlagMulticast | FlagUp
	fmt.Printf("%b %t\n", v, IsUp(v))
	TurnDown(&v)
	fmt.Printf("%b %t\n", v, IsUp(v))
	SetBroadcast(&v)
	fmt.Printf("%b %t %t\n", v, IsUp(v), IsCast(v))
	fmt.Println(Sunday, Saturday, Wednesday+1, Weekday(2))
	fmt.Printf("%d %v %s\n", Friday, Friday, Friday)
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b %08b %08b %08b %08b %08b\n", x, y, x&y, x|y, x^y, x&^y)
	for i := uint(0); i < 8; i++ {
		if x&(1<<i) != 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", x<<1, x>>1)
	var u uint8 = 255
	var i8 int8 = 127
	fmt.Println(u, u+1, u*u, i8, i8+1, i8*i8)
	var z float64
	fmt.Println(z, -z, 1/z, -1/z, z/z, math.IsNaN(z/z))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < nan, nan > nan)
	const e = 2.71828
	fmt.Printf("%x %X %#x %o %#o %q %c %U\n", 255, 255, 255, 8, 8, 'x', 0x4E16, 0x4E16)
	fmt.Printf("%8.3f|%-8.3f|%e|%g\n", e, e, e*1e10, e*1e-10)
	f := 1e100
	fmt.Println(int64(f/1e90), math.MaxInt64, math.MinInt64, math.MaxUint32)
	var ff float32 = 16777216.0
	fmt.Println(ff == ff+1)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	medals := []string{"gold", "silver", "bronze"}
	for i := len(medals) - 1; i >= 0; i-- {
		fmt.Print(medals[i], " ")
	}
	fmt.Println()
}
