package main

import "fmt"

func collatz(n uint64) (steps int, peak uint64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		peak = max(peak, n)
		steps++
	}
	return
}

func main() {
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 10000; n++ {
		if s, _ := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println(bestN, best)
	s, p := collatz(27)
	fmt.Println(s, p)
	seq := []uint64{}
	for n := uint64(6); ; {
		seq = append(seq, n)
		if n == 1 {
			break
		}
		if n&1 == 0 {
			n >>= 1
		} else {
			n = n*3 + 1
		}
	}
	fmt.Println(seq)
}
