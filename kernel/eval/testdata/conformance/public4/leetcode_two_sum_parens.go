package main

import "fmt"

func twoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return nil
}

func isValid(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		default:
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(xs ...int) *ListNode {
	var head *ListNode
	for i := len(xs) - 1; i >= 0; i-- {
		head = &ListNode{xs[i], head}
	}
	return head
}

func reverse(h *ListNode) *ListNode {
	var prev *ListNode
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func (l *ListNode) String() string {
	s := "["
	for n := l; n != nil; n = n.Next {
		s += fmt.Sprint(n.Val)
		if n.Next != nil {
			s += "->"
		}
	}
	return s + "]"
}

func maxSubArray(nums []int) int {
	best, cur := nums[0], nums[0]
	for _, n := range nums[1:] {
		cur = max(n, cur+n)
		best = max(best, cur)
	}
	return best
}

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		best = max(best, i-start+1)
	}
	return best
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9), twoSum([]int{3, 2, 4}, 6), twoSum([]int{1}, 5))
	for _, s := range []string{"()[]{}", "(]", "([{}])", "(("} {
		fmt.Println(s, isValid(s))
	}
	l := build(1, 2, 3, 4)
	fmt.Println(l, reverse(l))
	var empty *ListNode
	fmt.Println(empty)
	fmt.Println(maxSubArray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}))
	fmt.Println(lengthOfLongestSubstring("abcabcbb"), lengthOfLongestSubstring("pwwkew"))
}
