package main

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

func almostEqual(a, b, eps float64) bool {
	if a == b {
		return true
	}
	diff := math.Abs(a - b)
	if a == 0 || b == 0 || diff < math.SmallestNonzeroFloat64 {
		return diff < eps*math.SmallestNonzeroFloat64
	}
	return diff/(math.Abs(a)+math.Abs(b)) < eps
}

func sumNaive(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func sumKahan(xs []float64) float64 {
	var sum, c float64
	for _, x := range xs {
		y := x - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

func main() {
	a := 0.1 + 0.2
	fmt.Println(a == 0.3, a, almostEqual(a, 0.3, 1e-9))
	fmt.Println(strconv.FormatFloat(a, 'g', 17, 64), strconv.FormatFloat(0.3, 'g', 17, 64))
	xs := make([]float64, 0, 10)
	for i := 0; i < 10; i++ {
		xs = append(xs, 0.1)
	}
	fmt.Println(sumNaive(xs), sumKahan(xs), sumNaive(xs) == 1)
	big1 := []float64{1e16, 1, -1e16}
	fmt.Println(sumNaive(big1), sumKahan(big1))
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float64(f32)+1)
	r := new(big.Rat)
	for i := 0; i < 10; i++ {
		r.Add(r, big.NewRat(1, 10))
	}
	fmt.Println(r, r.Cmp(big.NewRat(1, 1)) == 0)
	bf := new(big.Float).SetPrec(200)
	bf.SetString("0.1")
	fmt.Println(bf.Text('g', 30))
	cents := int64(0)
	for i := 0; i < 10; i++ {
		cents += 10
	}
	fmt.Printf("$%d.%02d\n", cents/100, cents%100)
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52), float64(math.MaxInt64) == float64(math.MaxInt64-1))
	fmt.Println(math.Floor(2.675*100+0.5)/100, fmt.Sprintf("%.2f", 2.675), fmt.Sprintf("%.1f %.1f %.1f", 0.25, 0.35, 0.45))
}
