package main

import (
	"fmt"
	"math/rand"
	"unicode"
)

func IsPalindrome(s string) bool {
	letters := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	n := len(letters) / 2
	for i := 0; i < n; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func randomPalindrome(rng *rand.Rand) string {
	n := rng.Intn(25)
	runes := make([]rune, n)
	for i := 0; i < (n+1)/2; i++ {
		r := rune(rng.Intn(0x1000))
		runes[i] = r
		runes[n-1-i] = r
	}
	return string(runes)
}

type testCase struct {
	input string
	want  bool
}

func main() {
	tests := []testCase{
		{"", true},
		{"a", true},
		{"aa", true},
		{"ab", false},
		{"kayak", true},
		{"detartrated", true},
		{"A man, a plan, a canal: Panama", true},
		{"Evil I did dwell; lewd did I live.", true},
		{"Able was I ere I saw Elba", true},
		{"été", true},
		{"Et se resservir, ivresse reste.", true},
		{"palindrome", false},
		{"desserts", false},
	}
	fails := 0
	for _, test := range tests {
		if got := IsPalindrome(test.input); got != test.want {
			fmt.Printf("IsPalindrome(%q) = %v\n", test.input, got)
			fails++
		}
	}
	rng := rand.New(rand.NewSource(42))
	bad := 0
	for i := 0; i < 200; i++ {
		p := randomPalindrome(rng)
		if !IsPalindrome(p) {
			bad++
		}
	}
	fmt.Println("table fails:", fails, "random fails:", bad)
	fmt.Println(rng.Intn(1000), rng.Intn(1000))
}
