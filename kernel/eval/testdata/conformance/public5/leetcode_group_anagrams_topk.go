package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

func groupAnagrams(strs []string) [][]string {
	groups := map[[26]byte][]string{}
	var order [][26]byte
	for _, s := range strs {
		var key [26]byte
		for _, c := range s {
			key[c-'a']++
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], s)
	}
	out := make([][]string, 0, len(groups))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

type wordCount struct {
	word  string
	count int
}

type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	cnt := map[string]int{}
	for _, w := range words {
		cnt[w]++
	}
	h := &minHeap{}
	keys := make([]string, 0, len(cnt))
	for w := range cnt {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	for _, w := range keys {
		heap.Push(h, wordCount{w, cnt[w]})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]string, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount).word
	}
	return out
}

func topKNums(nums []int, k int) []int {
	cnt := map[int]int{}
	for _, n := range nums {
		cnt[n]++
	}
	buckets := make([][]int, len(nums)+1)
	for n, c := range cnt {
		buckets[c] = append(buckets[c], n)
	}
	var out []int
	for c := len(buckets) - 1; c >= 0 && len(out) < k; c-- {
		sort.Ints(buckets[c])
		out = append(out, buckets[c]...)
	}
	return out[:k]
}

func main() {
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Println(len(groupAnagrams([]string{""})), groupAnagrams(nil))
	words := strings.Fields("the day is sunny the the the sunny is is i love leetcode i love coding")
	fmt.Println(topKFrequent(words, 4))
	fmt.Println(topKFrequent(words, 1))
	fmt.Println(topKNums([]int{1, 1, 1, 2, 2, 3, 4, 4, 4, 4}, 2))
}
