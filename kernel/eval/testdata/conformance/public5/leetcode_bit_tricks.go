package main

import (
	"fmt"
	"math/bits"
)

func singleNumber(nums []int) int {
	x := 0
	for _, n := range nums {
		x ^= n
	}
	return x
}

func countBits(n int) []int {
	res := make([]int, n+1)
	for i := 1; i <= n; i++ {
		res[i] = res[i>>1] + i&1
	}
	return res
}

func reverseBits(n uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | n&1
		n >>= 1
	}
	return r
}

func isPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

func subsets(nums []int) [][]int {
	var out [][]int
	for mask := 0; mask < 1<<len(nums); mask++ {
		var s []int
		for i, n := range nums {
			if mask>>i&1 == 1 {
				s = append(s, n)
			}
		}
		out = append(out, s)
	}
	return out
}

func grayCode(n int) []int {
	res := make([]int, 1<<n)
	for i := range res {
		res[i] = i ^ i>>1
	}
	return res
}

func hammingDistance(x, y int) int { return bits.OnesCount(uint(x ^ y)) }

func missingNumber(nums []int) int {
	x := len(nums)
	for i, n := range nums {
		x ^= i ^ n
	}
	return x
}

func main() {
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}), countBits(8))
	fmt.Println(reverseBits(43261596), reverseBits(1), bits.Reverse32(43261596))
	for _, n := range []int{0, 1, 6, 16, 1024, -8} {
		fmt.Print(n, ":", isPowerOfTwo(n), " ")
	}
	fmt.Println()
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(grayCode(3), hammingDistance(1, 4), missingNumber([]int{3, 0, 1}))
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros8(8), bits.Len(255), bits.RotateLeft8(0b10010001, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	var x uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %d\n", x&-x, x&(x-1), ^x, bits.OnesCount8(x))
}
