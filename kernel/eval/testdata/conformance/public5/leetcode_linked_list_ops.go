package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func FromSlice(xs ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, x := range xs {
		cur.Next = &ListNode{Val: x}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	if l == nil {
		return "nil"
	}
	var sb strings.Builder
	for n := l; n != nil; n = n.Next {
		if n != l {
			sb.WriteString("->")
		}
		fmt.Fprint(&sb, n.Val)
	}
	return sb.String()
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head.Next, prev, head = prev, head, head.Next
	}
	return prev
}

func mergeTwo(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func middle(head *ListNode) *ListNode {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	fast, slow := dummy, dummy
	for i := 0; i <= n; i++ {
		fast = fast.Next
	}
	for fast != nil {
		fast, slow = fast.Next, slow.Next
	}
	slow.Next = slow.Next.Next
	return dummy.Next
}

func hasCycle(head *ListNode) bool {
	seen := map[*ListNode]struct{}{}
	for n := head; n != nil; n = n.Next {
		if _, ok := seen[n]; ok {
			return true
		}
		seen[n] = struct{}{}
	}
	return false
}

func addTwo(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	cur, carry := dummy, 0
	for a != nil || b != nil || carry > 0 {
		sum := carry
		if a != nil {
			sum += a.Val
			a = a.Next
		}
		if b != nil {
			sum += b.Val
			b = b.Next
		}
		carry = sum / 10
		cur.Next = &ListNode{Val: sum % 10}
		cur = cur.Next
	}
	return dummy.Next
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5)
	fmt.Println(l)
	l = reverse(l)
	fmt.Println(l, middle(l).Val)
	fmt.Println(mergeTwo(FromSlice(1, 2, 4), FromSlice(1, 3, 4, 5)))
	fmt.Println(removeNthFromEnd(FromSlice(1, 2, 3, 4, 5), 2), removeNthFromEnd(FromSlice(1), 1))
	var empty *ListNode
	fmt.Println(empty, reverse(nil), mergeTwo(nil, FromSlice(7)))
	c := FromSlice(1, 2, 3)
	fmt.Println(hasCycle(c))
	c.Next.Next.Next = c.Next
	fmt.Println(hasCycle(c))
	fmt.Println(addTwo(FromSlice(2, 4, 3), FromSlice(5, 6, 4)), addTwo(FromSlice(9, 9, 9), FromSlice(1)))
	fmt.Printf("%v %+v\n", *FromSlice(42), FromSlice(8).Val)
}
