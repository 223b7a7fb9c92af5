package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func sortedRunes(s string) string {
	r := []rune(strings.ToLower(s))
	slices.Sort(r)
	return string(r)
}

func Detect(subject string, candidates []string) []string {
	var out []string
	key := sortedRunes(subject)
	for _, c := range candidates {
		if strings.EqualFold(c, subject) {
			continue
		}
		if sortedRunes(c) == key {
			out = append(out, c)
		}
	}
	return out
}

func IsIsogram(word string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(word) {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func IsPangram(s string) bool {
	var mask uint32
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			mask |= 1 << (r - 'a')
		}
	}
	return mask == 1<<26-1
}

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(Detect("listen", []string{"enlists", "google", "inlets", "banana", "Silent", "LISTEN", "tinsel"}))
	fmt.Println(Detect("ΑΒΓ", []string{"ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"}))
	fmt.Printf("%q\n", Detect("go", []string{"Go", "og"}))
	fmt.Println(Detect("x", nil) == nil)
	for _, w := range []string{"lumberjacks", "isograms", "six-year-old", "Alphabet", "thumbscrew-japingly", ""} {
		fmt.Printf("%s:%v ", w, IsIsogram(w))
	}
	fmt.Println()
	fmt.Println(IsPangram("The quick brown fox jumps over the lazy dog."), IsPangram("a quick movement of the enemy"))
	fmt.Println(Reverse("stressed"), Reverse("子猫"), Reverse(""), len(Reverse("héllo")))
}
