package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(vals ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, v := range vals {
		cur.Next = &ListNode{Val: v}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	var parts []string
	for n := l; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, "->") + "]"
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
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func addTwoNumbers(l1, l2 *ListNode) *ListNode {
	dummy := &ListNode{}
	cur, carry := dummy, 0
	for l1 != nil || l2 != nil || carry > 0 {
		sum := carry
		if l1 != nil {
			sum, l1 = sum+l1.Val, l1.Next
		}
		if l2 != nil {
			sum, l2 = sum+l2.Val, l2.Next
		}
		cur.Next = &ListNode{Val: sum % 10}
		cur, carry = cur.Next, sum/10
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

func main() {
	l := build(1, 2, 3, 4, 5)
	fmt.Println(l, middle(l).Val)
	l = reverse(l)
	fmt.Println(l)
	fmt.Println(mergeTwo(build(1, 2, 4), build(1, 3, 4)))
	fmt.Println(removeNthFromEnd(build(1, 2, 3, 4, 5), 2), removeNthFromEnd(build(1), 1))
	c := build(3, 2, 0, -4)
	c.Next.Next.Next.Next = c.Next
	fmt.Println(hasCycle(c), hasCycle(build(1, 2)))
	fmt.Println(addTwoNumbers(build(2, 4, 3), build(5, 6, 4)), addTwoNumbers(build(9, 9, 9, 9), build(9, 9)))
	var empty *ListNode
	fmt.Println(empty, reverse(empty) == nil)
	fmt.Printf("%v %+v\n", build(7), *build(8))
}
