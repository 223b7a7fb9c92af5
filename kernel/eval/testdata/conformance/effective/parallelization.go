package main

import (
	"fmt"
	"math"
)

type Vector []float64

func (v Vector) Op(x float64) float64 { return math.Floor(x * 2) }

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u.Op(v[i])
	}
	c <- 1
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

func main() {
	v := make(Vector, 10)
	for i := range v {
		v[i] = float64(i) / 3
	}
	v.DoAll(v)
	fmt.Printf("%.3f\n", v)
}
