package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

func singleNumber(nums []int) int {
	x := 0
	for _, n := range nums {
		x ^= n
	}
	return x
}

func countBits(n int) []int {
	out := make([]int, n+1)
	for i := 1; i <= n; i++ {
		out[i] = out[i>>1] + i&1
	}
	return out
}

func reverseBits(n uint32) uint32 { return bits.Reverse32(n) }

func hammingWeight(n uint32) (c int) {
	for n != 0 {
		n &= n - 1
		c++
	}
	return
}

func isPowerOfFour(n int) bool { return n > 0 && n&(n-1) == 0 && n&0x55555555 != 0 }

func myAtoi(s string) int {
	i, sign, res := 0, 1, 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		res = res*10 + int(s[i]-'0')
		if sign*res > math.MaxInt32 {
			return math.MaxInt32
		}
		if sign*res < math.MinInt32 {
			return math.MinInt32
		}
	}
	return sign * res
}

func reverseInt(x int) int {
	r := 0
	for x != 0 {
		r = r*10 + x%10
		x /= 10
	}
	if r > math.MaxInt32 || r < math.MinInt32 {
		return 0
	}
	return r
}

func subsetsBitmask(nums []int) [][]int {
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

func addBinary(a, b string) string {
	res := []byte{}
	carry := 0
	for i, j := len(a)-1, len(b)-1; i >= 0 || j >= 0 || carry > 0; i, j = i-1, j-1 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
		}
		if j >= 0 {
			s += int(b[j] - '0')
		}
		res = append(res, byte('0'+s%2))
		carry = s / 2
	}
	for l, r := 0, len(res)-1; l < r; l, r = l+1, r-1 {
		res[l], res[r] = res[r], res[l]
	}
	return string(res)
}

func main() {
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}), countBits(8))
	fmt.Println(reverseBits(43261596), hammingWeight(0xFFFFFFFD), bits.TrailingZeros(40), bits.LeadingZeros8(3))
	fmt.Println(isPowerOfFour(16), isPowerOfFour(8), isPowerOfFour(1))
	for _, s := range []string{"42", "   -42", "4193 with words", "words 987", "-91283472332", "+1", "", "2147483648"} {
		fmt.Print(myAtoi(s), " ")
	}
	fmt.Println()
	fmt.Println(reverseInt(123), reverseInt(-120), reverseInt(1534236469))
	fmt.Println(subsetsBitmask([]int{1, 2, 3}))
	fmt.Println(addBinary("1010", "1011"), addBinary("11", "1"))
	v, _ := strconv.ParseInt(addBinary("1111", "1"), 2, 64)
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(v, hi, lo, sum, carry, bits.RotateLeft8(0b10010001, 1))
}
